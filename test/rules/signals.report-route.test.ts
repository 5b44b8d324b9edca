/**
 * Asking the way to report something is how a customer reports it
 * (src/rules/signals/report-route.ts): the concept reader's present-problem
 * concepts stand in such a question, while questions about our process, the
 * customer's own report features and the pattern families' topic rule stay
 * as they were.
 */
import { describe, expect, it } from "vitest";
import { readConceptSignals } from "../../src/rules/concepts/engine.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { asksTheWayToReport, isTopicQuestion } from "../../src/rules/signals/questions.js";

const fold = (text: string) => foldText(text).text;

describe("asksTheWayToReport", () => {
  it.each([
    "how do i report a lost card",
    "Hi team, where can we report a payment we never made?",
    "Who do I tell about a login from a country I've never been to?",
    "what's the process for reporting a stolen phone with the app signed in",
    "how can I let you know that someone is in my account",
    "Wie melde ich eine gestohlene Karte?",
    "Wo können wir einen Zugriff melden, den niemand von uns war?",
    "An wen wende ich mich bei einer Abbuchung, die ich nicht kenne?",
    "¿Cómo denuncio una tarjeta robada?",
    "¿Dónde puedo reportar un cargo que no hice?",
    "¿A quién aviso si alguien entró en mi cuenta?",
    "Comment signaler une carte volée ?",
    "Où puis-je déclarer un paiement que je n'ai pas fait ?",
    "À qui dois-je m'adresser pour un accès inconnu à mon compte ?",
  ])("asks the way to report: %s", (sentence) => {
    expect(asksTheWayToReport(fold(sentence))).toBe(true);
  });

  it.each([
    "How do you handle fraud reports?",
    "Do you publish incident reports after an outage?",
    "How do I create a monthly revenue report?",
    "Where is your status page?",
    "What happens to my data if I cancel?",
    "Wie funktioniert die Zwei-Faktor-Anmeldung?",
    "¿Cómo funciona la autenticación en dos pasos?",
    "Comment fonctionne l'authentification à deux facteurs ?",
  ])("asks about a topic: %s", (sentence) => {
    expect(asksTheWayToReport(fold(sentence))).toBe(false);
  });

  it("is still a topic question for the pattern families", () => {
    expect(isTopicQuestion(fold("How do I report a phishing email?"))).toBe(true);
  });
});

describe("German and Spanish ask how with the verb itself", () => {
  it.each([
    "Wie füge ich einen zweiten Administrator hinzu?",
    "Wo hinterlege ich die neue IBAN?",
    "¿Cómo añado a otra persona como administradora del espacio de trabajo?",
    "¿Cómo lo configuro para que avise a mi equipo?",
  ])("a how-to question: %s", (sentence) => {
    expect(isTopicQuestion(fold(sentence))).toBe(true);
  });

  it.each([
    // "cambió", "entró": folded, the past tense of a verb of change reads like "I change": left to the report it may be.
    "¿Cómo cambió mi contraseña si no fui yo?",
    "¿Cómo entró alguien en mi cuenta?",
    // Not a question: "como" is also "since".
    "Como hago copias cada noche, no he perdido nada.",
  ])("no how-to question: %s", (sentence) => {
    expect(isTopicQuestion(fold(sentence))).toBe(false);
  });
});

describe("the concept reader in a question about reporting", () => {
  const signalsOf = (text: string) => readConceptSignals(text, "en").signals;

  it.each(["how do I report a stolen card", "how do i report a fraudulent charge on my visa", "how can i report a card that has been lost"])(
    "reads the customer's own report: %s",
    (text) => {
      expect(signalsOf(text)).toContain("security_incident");
    },
  );

  it.each(["how do I report a phishing email?", "how do i report a bug", "how do you handle fraud reports?", "how do I report a missing payment"])(
    "leaves what names no event of theirs alone: %s",
    (text) => {
      expect(signalsOf(text)).not.toContain("security_incident");
    },
  );

  it("a condition still wins: a card that might be stolen is no report", () => {
    expect(signalsOf("if my card was stolen, where do i report it")).not.toContain("security_incident");
  });

  it("the pattern families keep the topic rule", () => {
    expect(detectSignals("How do I report a phishing email? Where do I report an outage?", "en").signals).toEqual([]);
  });
});
