/**
 * Asking is not reporting, whatever the sentence's shape: a lead-in before a
 * list ("Could you share:"), a request for documents, a chat question typed
 * with a full stop, thanks written as a noun ("Vielen Dank"). And a formal
 * letter's formulas ("we put you on notice of a claim", "our client reserves
 * all its rights") are a legal threat in any of the four languages.
 */
import { describe, expect, it } from "vitest";
import { assessIssueType } from "../../src/rules/issue-type.js";
import { detectSignals } from "../../src/rules/signals/index.js";

const issueTypeOf = (text: string, language = "en", lexiconScore = 0) =>
  assessIssueType({ text, category: "general_inquiry", signals: [], frustration: 0, lexiconScore, language });

describe("asking, in any shape", () => {
  it.each([
    ["en", "As part of our continuity review I need to document your side. Could you share:\n\n- your RPO and RTO,\n- how often backups are taken."],
    ["en", "We act for Penhallow Logistics Ltd. As part of a routine review, please could you provide the current Master Subscription Agreement and the DPA."],
    ["fr", "Notre DPO prépare une analyse d'impact. Elle aurait besoin de :\n\n- la liste des sous-traitants,\n- la durée de conservation des journaux."],
    ["de", "Für unser Audit benötigen wir Unterlagen. Könnten Sie uns die aktuelle Liste der Unterauftragsverarbeiter senden."],
    ["en", "absolutely infuriating that I can't find how to rename a flow. where is it. I have 5 minutes before a meeting"],
  ])("reads a question in (%s) %s", (language, text) => {
    expect(issueTypeOf(text, language)).toBe("question");
  });

  it("reads thanks written as a noun", () => {
    expect(issueTypeOf("Vielen Dank für die schnelle Hilfe gestern am Telefon, alles läuft wieder wie gewohnt. Schönes Wochenende!", "de", 2)).toBe(
      "compliment",
    );
  });

  it.each([
    "Since this morning every flow fails with a timeout. Nothing has changed on our side.",
    "When Okta deprovisions a user, the seat stays assigned.",
    "We need:\n- the outage fixed.",
    "Our sync has been failing since Monday. Please let us know when it is fixed.",
    "Every export since the update is empty. Can you please confirm what happened on your side.",
  ])("still reads a report: %s", (text) => {
    expect(issueTypeOf(text)).not.toBe("question");
  });
});

describe("a formal letter's formulas", () => {
  it.each([
    ["en", "Having reviewed them with our client, we are instructed to put you on notice of a claim under clause 11 of the DPA."],
    ["en", "Our client reserves all its rights in this matter."],
    ["en", "We will claim damages for every order we lost."],
    ["de", "Wir behalten uns alle weiteren Schritte vor."],
    ["es", "Nos reservamos el derecho a emprender acciones por los daños causados."],
    ["es", "Le enviaremos un burofax esta semana."],
    ["fr", "Notre cliente se réserve tous ses droits."],
    ["fr", "Nous vous écrivons sous toutes réserves."],
  ])("are a legal threat in (%s) %s", (language, text) => {
    expect(detectSignals(text, language).signals).toContain("legal_threat");
  });

  it.each([
    ["en", "Our client reserves the right to use the logo in its slides."],
    ["en", "Does the DPA say who holds the rights to the templates?"],
    ["de", "Wir behalten die Rechte an den Vorlagen."],
    ["fr", "Tous droits réservés."],
  ])("are not read where nobody is claiming anything (%s) %s", (language, text) => {
    expect(detectSignals(text, language).signals).not.toContain("legal_threat");
  });
});

describe("what the customer's monitor watches for", () => {
  it.each([
    "PagerDuty step for when OUR site goes down",
    "We have a flow that checks our shop every minute. When it detects an outage it posts to Slack.",
    "If the health check sees the site is down, the workflow pages our on-call.",
  ])("names no outage of ours: %s", (text) => {
    expect(detectSignals(text).signals).not.toContain("outage");
  });

  it("still reads an outage the customer has", () => {
    expect(detectSignals("When it detects an outage our whole shop is down for hours. Everything is down right now.").signals).toContain("outage");
  });
});
