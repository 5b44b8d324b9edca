/**
 * readEmotion: the seed's four tickets land where the seed says, angry and
 * polite messages read as such in all four languages, every cue kind is
 * detected and explained, more anger never lowers the score, and no input
 * makes it throw.
 */
import { describe, expect, it } from "vitest";
import { SENTIMENTS } from "../../src/domain/taxonomy.js";
import { readEmotion } from "../../src/rules/emotion/index.js";
import { findExclamationRuns } from "../../src/rules/emotion/exclamation.js";
import { findShoutedWords } from "../../src/rules/emotion/shouting.js";
import { findWording } from "../../src/rules/emotion/wording.js";
import { detectLanguage } from "../../src/rules/language.js";

/** The seed's four test tickets, subject and description joined as the caller does. */
const SEED = {
  standard: ["Password reset assistance", "Hi, I forgot my password and cannot access my account. Could you please help me reset it? Thanks!"].join("\n"),
  enterprise: [
    "CRITICAL: Production API outage affecting our entire platform",
    "Our production system has been down for 20 minutes due to API authentication failures. This is costing us thousands per minute and our customers are furious. We need immediate escalation to your engineering team. This is completely unacceptable for an enterprise customer. We are considering legal action if this isnt resolved immediately.",
  ].join("\n"),
  technical: [
    "Webhook payload inconsistency in production environment",
    "We are implementing your webhooks API and noticing inconsistent payload structures between your documentation and what were receiving in production. Specifically, the order.items array sometimes contains nested product objects and sometimes just product IDs. Our integration is failing intermittently because of this. Can someone from your technical team help clarify the expected behavior?",
  ].join("\n"),
  repeat: [
    "THIRD TIME contacting about billing error!!!",
    "This is the THIRD time I am contacting support about the same billing issue. I have been charged twice for my subscription for the past 3 months and nobody seems to be able to fix this. I have provided bank statements, screenshots, and detailed explanations multiple times. I am beyond frustrated and will be leaving negative reviews if this is not resolved immediately. This is completely unprofessional.",
  ].join("\n"),
};

/** Reads a text the way the pipeline does: detect the language, then read the emotion. */
function read(text: string) {
  return readEmotion(text, detectLanguage(text));
}

describe("readEmotion on the seed's test tickets", () => {
  it("TICK-STD-001 (polite password reset) reads calm", () => {
    const reading = read(SEED.standard);
    expect(reading.frustration).toBeLessThan(30);
    expect(["neutral", "positive"]).toContain(reading.sentiment);
  });

  it("TICK-ENT-001 (outage with a legal threat) reads extremely frustrated", () => {
    const reading = read(SEED.enterprise);
    expect(reading.frustration).toBeGreaterThan(90);
    expect(reading.sentiment).toBe("very_negative");
    expect(reading.cues).toEqual(
      expect.arrayContaining([
        "threat wording: legal action",
        "anger wording: furious, completely unacceptable",
        "urgency wording: immediate, immediately",
        "capitals: CRITICAL",
      ]),
    );
  });

  it("TICK-TECH-001 (calm webhook question) reads neutral or slightly negative", () => {
    const reading = read(SEED.technical);
    expect(reading.frustration).toBeLessThan(40);
    expect(["neutral", "negative"]).toContain(reading.sentiment);
  });

  it("TICK-REPEAT-001 (third contact about a billing error) reads extremely frustrated", () => {
    const reading = read(SEED.repeat);
    expect(reading.frustration).toBeGreaterThan(85);
    expect(reading.sentiment).toBe("very_negative");
    expect(reading.cues).toEqual(
      expect.arrayContaining([
        "capitals: THIRD, TIME",
        "exclamation run: !!!",
        "threat wording: negative reviews",
        "anger wording: beyond frustrated, completely unprofessional",
      ]),
    );
    expect(reading.cues.find((cue) => cue.startsWith("repeat contact wording:"))).toContain("third time");
  });
});

describe("readEmotion across languages", () => {
  it.each([
    ["de", "Ich melde mich jetzt zum dritten Mal wegen derselben Rechnung. Das ist absolut inakzeptabel! Ich bin extrem verärgert und werde kündigen."],
    ["de", "Schon wieder ist das System ausgefallen!!! Eine Frechheit, wir prüfen rechtliche Schritte."],
    ["es", "Es la tercera vez que escribo por el mismo problema. ¡Esto es inaceptable! Estoy furioso y voy a cancelar mi suscripción."],
    ["es", "¡¡Sigue sin funcionar!! Es una vergüenza, voy a dejar malas reseñas en todas partes."],
    ["fr", "C'est la troisième fois que je contacte le support. C'est inacceptable ! Je suis furieux et je vais résilier mon abonnement."],
    ["fr", "Toujours aucune réponse !!! C'est scandaleux, nous allons engager une action en justice."],
  ])("reads an angry %s message as frustrated: %s", (language, text) => {
    const reading = readEmotion(text, language);
    expect(reading.frustration).toBeGreaterThan(60);
    expect(["negative", "very_negative"]).toContain(reading.sentiment);
  });

  it.each([
    ["de", "Hallo, ich habe mein Passwort vergessen und kann mich nicht mehr anmelden. Könnten Sie mir bitte helfen? Vielen Dank!"],
    ["de", "Guten Tag, wie kann ich neue Benutzer zu unserem Arbeitsbereich einladen? Danke im Voraus."],
    ["es", "Hola, olvidé mi contraseña y no puedo acceder a mi cuenta. ¿Me pueden ayudar, por favor? ¡Muchas gracias!"],
    ["es", "La sincronización con el calendario funciona solo parcialmente. ¿Podrían revisarlo? Gracias."],
    ["fr", "Bonjour, j'ai oublié mon mot de passe et je ne peux plus accéder à mon compte. Pouvez-vous m'aider, s'il vous plaît ? Merci beaucoup !"],
    ["fr", "Pouvez-vous émettre une facture avec notre numéro de TVA ? L'ancienne adresse n'est plus valable. Merci."],
  ])("reads a polite %s message as calm: %s", (language, text) => {
    const reading = readEmotion(text, language);
    expect(reading.frustration).toBeLessThan(30);
    expect(["neutral", "positive", "very_positive"]).toContain(reading.sentiment);
  });

  it("still catches German anger wording when a short text was detected as English", () => {
    const reading = readEmotion("Absolut inakzeptabel, zum dritten Mal!!", "en");
    expect(reading.frustration).toBeGreaterThan(40);
  });

  it("reads accented wording whether the text arrives composed or decomposed", () => {
    const composed = "Je suis très énervée, c'est la troisième fois.";
    const decomposed = composed.normalize("NFD");
    expect(readEmotion(decomposed, "fr")).toEqual(readEmotion(composed, "fr"));
    expect(readEmotion(composed, "fr").frustration).toBeGreaterThan(25);
  });

  it("accepts region-tagged language codes", () => {
    const text = "Das ist absolut inakzeptabel und eine Frechheit!";
    expect(readEmotion(text, "de-AT")).toEqual(readEmotion(text, "de"));
  });

  it("still reads intensity cues for a language with no lexicon", () => {
    const reading = readEmotion("これは ひどい!!! UNACCEPTABLE", "ja");
    expect(reading.cues).toEqual(expect.arrayContaining(["exclamation run: !!!", "capitals: UNACCEPTABLE"]));
    expect(reading.frustration).toBeGreaterThan(0);
  });
});

describe("readEmotion calibration", () => {
  it("reads an angry but trivial message as frustrated, not extreme", () => {
    const reading = read("WHERE IS THE DARK MODE BUTTON?!?! this is so annoying");
    expect(reading.frustration).toBeGreaterThan(40);
    expect(reading.frustration).toBeLessThan(85);
    expect(reading.sentiment).toBe("negative");
  });

  it("reads a thankful confirmation as positive and calm", () => {
    const reading = read("thanks, that fixed it!");
    expect(reading.sentiment).toBe("positive");
    expect(reading.frustration).toBeLessThan(10);
  });

  it.each([
    "Thank you so much for the quick help, your support team is amazing!",
    "Thanks a lot, everything works perfectly now. Have a great day!",
    "Hi, could you please send me last month's invoice? Thank you!",
  ])("reads a polite, thankful message as positive and calm: %s", (text) => {
    const reading = read(text);
    expect(["positive", "very_positive"]).toContain(reading.sentiment);
    expect(reading.frustration).toBeLessThan(15);
  });

  it.each([
    "How do I invite new users to my workspace?",
    "Is there a free trial?",
    "Why is my invoice wrong?",
    "How do I cancel my subscription?",
    "Can I export my data to CSV?",
    "Where do I find the API key for the staging environment?",
  ])("reads a question without emotion as neutral: %s", (text) => {
    const reading = read(text);
    expect(reading.sentiment).toBe("neutral");
    expect(reading.frustration).toBeLessThan(25);
  });

  it("reads a calm bug report with a pasted log as neutral", () => {
    const reading = read(
      "Since 10:00 UTC the export fails with 502.\nERROR upstream timed out\nWARN retrying request\nDEBUG connection closed\nCan you check?",
    );
    expect(reading.sentiment).toBe("neutral");
    expect(reading.frustration).toBeLessThan(25);
    expect(reading.cues.some((cue) => cue.startsWith("capitals"))).toBe(false);
  });

  it("reads profanity as frustration without quoting it", () => {
    const reading = read("wtf is wrong with your app, this is bullshit");
    expect(reading.cues).toContain("profanity");
    expect(reading.cues.join(" ")).not.toContain("bullshit");
    expect(reading.frustration).toBeGreaterThan(40);
  });
});

describe("readEmotion behaviour", () => {
  it.each(["", "   ", "\n\t", "😡😡😡", "👍", "!!!", "12345"])("returns a calm reading without throwing for %j", (text) => {
    expect(readEmotion(text, "en")).toEqual({ sentiment: "neutral", frustration: 0, lexiconScore: 0, cues: [] });
  });

  it("returns an integer from 0 to 100 and a known sentiment", () => {
    for (const text of [...Object.values(SEED), "FIX IT NOW!!! ".repeat(50)]) {
      const reading = read(text);
      expect(Number.isInteger(reading.frustration)).toBe(true);
      expect(reading.frustration).toBeGreaterThanOrEqual(0);
      expect(reading.frustration).toBeLessThanOrEqual(100);
      expect(SENTIMENTS).toContain(reading.sentiment);
    }
  });

  it("never lowers frustration when anger is added", () => {
    const base = "The invoice shows the wrong amount. Please correct it.";
    const additions = [
      " This is unacceptable.",
      "!!!",
      " THIS IS RIDICULOUS",
      " This is the third time I write.",
      " I will cancel my subscription.",
      " Fix it immediately.",
      " What the hell.",
    ];
    let text = base;
    let previous = read(text).frustration;
    for (const addition of additions) {
      text += addition;
      const current = read(text).frustration;
      expect(current).toBeGreaterThanOrEqual(previous);
      previous = current;
    }
    expect(previous).toBeGreaterThan(read(base).frustration);
  });

  it("lists each cue's examples only once and at most five of them", () => {
    const reading = read("This is unacceptable! ".repeat(20) + "ANGRY FURIOUS LIVID OUTRAGED UPSET DISGUSTED");
    const capitals = reading.cues.find((cue) => cue.startsWith("capitals: "));
    expect(capitals?.replace("capitals: ", "").split(", ")).toHaveLength(5);
    expect(reading.cues.find((cue) => cue.startsWith("anger wording: "))).toMatch(/^anger wording: unacceptable,/);
  });

  it("reads a 1 MB ticket", () => {
    const paragraph = "This is the THIRD time I am contacting support!!! I am beyond frustrated. ";
    const huge = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const reading = readEmotion(huge, "en");
    expect(reading.frustration).toBe(100);
    expect(reading.cues.length).toBeLessThan(10);
  });

  it("reads 1 MB of whitespace with one word", () => {
    expect(readEmotion(" ".repeat(1_000_000) + "ok", "en").frustration).toBe(0);
  });
});

describe("intensity cue finders", () => {
  it("counts shouted words of four letters or more, not acronyms or log levels", () => {
    expect(findShoutedWords("The API and HTTP calls from our CEO hit the SLA with 2FA on, ERROR WARN")).toEqual([]);
    expect(findShoutedWords("This is the THIRD time, THIRD! CRITICAL issue")).toEqual(["THIRD", "CRITICAL"]);
    expect(findShoutedWords("MAX_RETRIES and HTTP2 and E11000")).toEqual([]);
    expect(findShoutedWords("ÜBERWEISUNG FEHLT")).toEqual(["ÜBERWEISUNG", "FEHLT"]);
  });

  it("counts runs of stacked marks that contain an exclamation mark", () => {
    expect(findExclamationRuns("Thanks! Really?? Why?! Now!!! ¡¡Ya!!")).toEqual(["?!", "!!!", "!!"]);
    expect(findExclamationRuns("Thanks! Is it fixed??")).toEqual([]);
  });

  it("finds each wording kind in each supported language", () => {
    const found = findWording(
      "This is unacceptable. Es ist eine Zumutung. Esto es inaceptable. C'est scandaleux. " +
        "I'm annoyed. Ich bin genervt. Estoy molesto. Je suis agacé. " +
        "Third time now. Zum dritten Mal. Tercera vez. Troisième fois. " +
        "Right now! Sofort! Cuanto antes! Tout de suite! " +
        "Our lawyers are informed. Ich werde meinen Vertrag kündigen. Vamos a la competencia. Nous allons porter plainte. " +
        "Damn. Scheiße. Joder. Putain.",
    );
    expect(found.anger).toEqual(["unacceptable", "zumutung", "inaceptable", "scandaleux"]);
    expect(found.irritation).toEqual(["annoyed", "genervt", "molesto", "agacé"]);
    expect(found.repeat_contact).toEqual(["third time", "zum dritten mal", "tercera vez", "troisième fois"]);
    expect(found.urgency).toEqual(["right now", "sofort", "cuanto antes", "tout de suite"]);
    expect(found.threat).toEqual(["lawyers", "werde meinen vertrag kündigen", "a la competencia", "porter plainte"]);
    expect(found.profanity).toEqual(["damn", "scheiße", "joder", "putain"]);
  });

  it("counts 'several times' as repeat contact only after a contact verb", () => {
    expect(findWording("I have provided bank statements and screenshots multiple times.").repeat_contact).toEqual(["multiple times"]);
    expect(findWording("The webhook fires multiple times per order.").repeat_contact).toEqual([]);
  });

  it("does not read calm intents or requests as threats", () => {
    const found = findWording("How do I cancel my subscription? We are going to switch to the v2 API. Wie kann ich kündigen? Voy a cambiar la contraseña.");
    expect(found.threat).toEqual([]);
  });
});
