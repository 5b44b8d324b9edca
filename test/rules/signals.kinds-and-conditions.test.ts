/**
 * Alarm words that name a kind of record the customer keeps or produces
 * (record-kind.ts), an outage that is the grid's (families/outage.ts), a
 * contingency guarded against or planned for (contingency.ts), and a
 * cancellation asked about as a condition (condition-asked.ts) — each beside
 * the report or threat that still counts.
 */
import { describe, expect, it } from "vitest";
import { detectSignals } from "../../src/rules/signals/index.js";
import { askedAsCondition } from "../../src/rules/signals/condition-asked.js";
import { namesAContingency } from "../../src/rules/signals/contingency.js";
import { namesAKindOfRecord } from "../../src/rules/signals/record-kind.js";

const signalsOf = (text: string, language = "en") => detectSignals(text, language).signals;

describe("an alarm word that names a kind of record", () => {
  it.each([
    ["en", "legal_threat", "Can I use a Word template with merge fields to generate cease and desist letters from a form submission?"],
    ["en", "legal_threat", "At 45 days a letter before action generated from our Word template goes to the client with the partner in cc."],
    ["en", "legal_threat", "We're building an intake form for new litigation enquiries."],
    ["en", "outage", "Our SLA reporting needs monthly availability figures for our vendors, including any outage minutes."],
    ["en", "chargeback", "We keep chargeback records for each retailer; can I sum them per month?"],
    ["fr", "legal_threat", "Avez-vous un modèle de mise en demeure ?"],
  ])("is not an event (%s, %s) %s", (language, target, text) => {
    expect(signalsOf(text, language)).not.toContain(target);
  });

  it.each([
    ["en", "legal_threat", "This is a letter before action: pay the refund within 14 days."],
    ["en", "legal_threat", "You will receive a cease and desist letter from our solicitors."],
    ["en", "outage", "Your outage has stopped our business for three hours."],
  ])("but the thing itself still counts (%s, %s) %s", (language, target, text) => {
    expect(signalsOf(text, language)).toContain(target);
  });

  it("reads the record noun after the word, the producing verb after it, or the record that holds it before it", () => {
    const at = (sentence: string, word: string) => [sentence.indexOf(word), sentence.indexOf(word) + word.length] as const;
    const after = "we send cease and desist letters";
    expect(namesAKindOfRecord(after, ...at(after, "cease and desist"))).toBe(true);
    const produced = "a letter before action generated from our template";
    expect(namesAKindOfRecord(produced, ...at(produced, "letter before action"))).toBe(true);
    const before = "una plantilla para demandas nuevas";
    expect(namesAKindOfRecord(before, ...at(before, "demandas"))).toBe(true);
    const threat = "we will send a cease and desist letter";
    expect(namesAKindOfRecord(threat, ...at(threat, "cease and desist"))).toBe(false);
  });
});

describe("an outage that is not ours", () => {
  it.each([
    "Hi, we had a power outage at the surgery from 7 till about 10 this morning. Will our scheduled reminders still have gone out?",
    "We have a planned power outage at the plant on Saturday for transformer work; should I pause the flows?",
  ])("is not an outage: %s", (text) => {
    expect(signalsOf(text)).not.toContain("outage");
  });

  it("while our outage is", () => {
    expect(signalsOf("There is an outage right now and nothing loads for anyone.")).toContain("outage");
  });
});

describe("an alarm named as a contingency", () => {
  it.each([
    ["en", "data_loss", "Our cyber insurer's renewal questionnaire asks how our systems protect against data loss."],
    ["en", "outage", "We're planning for outages: can staff fill in forms on the mobile app offline?"],
    ["en", "outage", "What happens in the event of an outage during a run: is the step retried?"],
    ["de", "outage", "Was passiert bei einem Ausfall von SAP während eines Laufs — wird der Schritt wiederholt?"],
    ["de", "data_loss", "Wie sieht Ihr Schutz vor Datenverlust aus?"],
  ])("is not an event (%s, %s) %s", (language, target, text) => {
    expect(signalsOf(text, language)).not.toContain(target);
  });

  it.each([
    ["en", "data_loss", "We lost all our data after the update, nothing protected us."],
    ["de", "outage", "Seit heute morgen totaler Ausfall, niemand kann arbeiten."],
  ])("while the event itself counts (%s, %s) %s", (language, target, text) => {
    expect(signalsOf(text, language)).toContain(target);
  });

  it("reads the guard or plan right before the word", () => {
    expect(namesAContingency("how do you protect us against data loss", "how do you protect us against ".length)).toBe(true);
    expect(namesAContingency("we lost data and your outage", "we lost data and your ".length)).toBe(false);
  });
});

describe("a cancellation asked about as a condition", () => {
  it.each([
    ["en", "Hello, what happens to our tables if we need to cancel our annual plan part way through?"],
    ["en", "If we were to cancel our Lumaflow subscription, what happens to our tables, forms and files?"],
    ["de", "Kurze Frage: Falls wir nächstes Jahr kündigen, werden unsere Tabellen dann sofort gelöscht?"],
    ["de", "Hallo, was passiert eigentlich mit unseren Daten (Mitgliederliste, Formulare), wenn wir kündigen?"],
  ])("asks the terms, not a decision to leave (%s) %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("churn_risk");
  });

  it.each([
    ["en", "If this is not fixed by Friday, we will cancel our subscription."],
    ["en", "If this is not fixed, will you refund us or should we cancel our subscription?"],
    ["de", "Wenn das heute nicht geklärt wird und Sie die Gebühren nicht übernehmen, kündigen wir."],
  ])("while a decision said outside the condition counts (%s) %s", (language, text) => {
    expect(signalsOf(text, language)).toContain("churn_risk");
  });

  it("needs a question and no clause break between the condition and the match", () => {
    expect(askedAsCondition("what happens if we cancel?", "what happens if we ".length)).toBe(true);
    expect(askedAsCondition("we cancel if you raise the price.", "we ".length)).toBe(false);
    expect(askedAsCondition("if it breaks again, should we cancel?", "if it breaks again, should we ".length)).toBe(false);
  });
});
