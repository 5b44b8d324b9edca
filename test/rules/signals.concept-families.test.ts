/**
 * The concept-based families: a verb of reaching plus a person, in four
 * languages, and a business that cannot work as an outage. Calm uses of
 * the same words stay quiet.
 */
import { describe, expect, it } from "vitest";
import { detectSignals } from "../../src/rules/signals/index.js";

const signalsOf = (text: string, language = "en") => detectSignals(text, language).signals;

describe("reaching a person", () => {
  it.each([
    ["en", "is there a way to reach an actual agent"],
    ["en", "put me through to one of your staff"],
    ["en", "i need to chat w somebody from ur team"],
    ["en", "Can I get hold of a real human please"],
    ["en", "please escalate this to a supervisor"],
    ["de", "Kann ich bitte einen Mitarbeiter erreichen?"],
    ["de", "Ich will jemanden sprechen, der sich auskennt."],
    ["es", "Necesito contactar con una persona real."],
    ["es", "¿Me pueden pasar con un agente?"],
    ["fr", "Je voudrais joindre un conseiller rapidement."],
    ["fr", "Pouvez-vous me mettre en relation avec un humain ?"],
    // A callback asked for, and a human asked to act.
    ["en", "could someone give me a call sometime this week?"],
    ["en", "Please call me back, the bot can't help."],
    ["en", "can a person look at our account please?"],
    ["de", "Bitte rufen Sie mich zurück, ich komme nicht weiter."],
    ["de", "Ich bitte um einen Rückruf."],
    ["es", "¿Me pueden llamar mañana?"],
    ["fr", "Rappelez-moi dès que possible."],
  ])("(%s) %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("human_requested");
  });

  it.each([
    "How do I change the contact person on our account?",
    "How do I add a team member as an agent?",
    "Our agents use the mobile app every day.",
    "Where can I find the phone number of the sales team?",
    "What is the callback URL for the webhooks?",
    "The OAuth callback fails with a 500.",
    "Can someone help me with the export settings?",
    "You can call me at 0171 5550 2231 if anything is unclear.",
    "Please call me on +44 20 7946 0958 or write to jane@example.com.",
  ])("stays quiet on %j", (text) => {
    expect(signalsOf(text)).not.toContain("human_requested");
  });
});

describe("a business that cannot work", () => {
  it.each([
    ["en", "The app is down and we can't work at all."],
    ["de", "Seit heute Morgen können wir nicht arbeiten."],
    ["de", "Niemand kann arbeiten, alles hängt."],
    ["es", "No podemos trabajar desde esta mañana."],
    ["fr", "On ne peut plus travailler depuis 9 h."],
  ])("(%s) %s is an outage", (language, text) => {
    expect(signalsOf(text, language)).toContain("outage");
  });

  it.each([
    ["en", "We can't work with CSV files over 10 MB, is there a limit?"],
    ["en", "We work with 40 agents on the Pro plan."],
    ["de", "Seit dem Fix können wir heute wieder arbeiten."],
  ])("(%s) stays quiet on %j", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("outage");
  });
});
