/**
 * The shape of a letter, read before its words: a signature block under the
 * sign-off says nothing; a numbered list item keeps its number; a list item
 * goes on with the sentence that introduced it; asking how something would
 * be handled asks about the case, it reports none.
 */
import { describe, expect, it } from "vitest";
import { classifyWithRules } from "../../src/agent/nodes/classify/rules.js";
import type { ConversationTurn } from "../../src/domain/triage.js";
import { foldText } from "../../src/rules/signals/fold.js";
import { detectSignals } from "../../src/rules/signals/index.js";
import { listLeadIns } from "../../src/rules/signals/list-lead-in.js";
import { maskListNumberDots } from "../../src/rules/signals/list-numbers.js";
import { splitSentences } from "../../src/rules/signals/sentences.js";
import { withoutSignature } from "../../src/rules/signals/signature.js";

const signalsOf = (text: string, language = "en") => detectSignals(text, language).signals;
const turns = (content: string): ConversationTurn[] => [{ role: "customer", content, at: "2026-12-05T09:00:00Z", channel: "email" }];

describe("a signature block", () => {
  it("is blanked after the last sign-off, keeping the text's length and lines", () => {
    const text = "Could you send me the invoice for March?\n\nKind regards,\nGeorgina Watts\nOperations Manager, Watts Litigation Support";
    const result = withoutSignature(text);
    expect(result).toHaveLength(text.length);
    expect(result.split("\n")).toHaveLength(text.split("\n").length);
    expect(result).toContain("Kind regards,");
    expect(result).not.toContain("Litigation");
    expect(result).toContain("invoice for March");
  });

  it.each([
    ["a -- delimiter", "See the attached export.\n-- \nJen (exec assistant)\nBrightwater Ltd."],
    [
      "a formal French closing",
      "Merci de nous transmettre vos conditions générales.\n\nVeuillez agréer nos salutations distinguées,\nMaître Anne-Sophie Leroy\nAvocate associée, Leroy Bonnet Avocats",
    ],
    ["a German closing", "Wie exportiere ich den Verlauf?\n\nMit freundlichen Grüßen\nJan Petersen\nInhaber, Radwerk Kiel"],
  ])("is found after %s", (_name, text) => {
    const lines = withoutSignature(text).split("\n");
    expect(lines.at(-1)?.trim()).toBe("");
    expect(lines[0]).toBe(text.split("\n")[0]);
  });

  it.each([
    ["the customer speaking after the sign-off", "The sync is slow.\n\nThanks,\nPLEASE CALL ME BACK TODAY"],
    ["a postscript", "The sync is slow.\n\nThanks,\nMarta\nP.S. we are talking to our lawyer"],
    ["a sentence that ends", "The sync is slow.\n\nThanks,\nOur whole team is blocked since this morning."],
    ["no sign-off at all", "The sync is slow.\nOperations Manager, Watts Litigation Support"],
    ["a long tail under the sign-off", "Hi,\n\nThanks,\nA\nB\nC\nD\nE\nF\nG"],
  ])("is not assumed in %s", (_name, text) => {
    expect(withoutSignature(text)).toBe(text);
  });

  it("carries no concept into the classification: a job title or a company name states nothing", () => {
    const body =
      "Is there a volume discount for the AI steps? We process around 6,000 documents a month.\n\nThanks,\nGeorgina Watts\nLawsuit & Litigation Support Ltd";
    const { classification } = classifyWithRules({ subject: "Volume pricing", customerTier: "paid" }, turns(body));
    expect(classification.escalationSignals).not.toContain("legal_threat");
  });

  it("leaves a threat made above the sign-off as it was", () => {
    const body = "If this charge isn't reversed by Friday, our lawyer will be in touch.\n\nRegards,\nGeorgina Watts\nOperations Manager";
    const { classification } = classifyWithRules({ subject: "Charge", customerTier: "paid" }, turns(body));
    expect(classification.escalationSignals).toContain("legal_threat");
  });
});

describe("a numbered list item", () => {
  it("keeps its number: the segmenter does not end a sentence after it", () => {
    const text = "Please answer:\n1. Have you had a breach?\n2. Describe your process when credentials are compromised.";
    const sentences = splitSentences(text, foldText(text), "en").map((s) => s.text.trim());
    expect(sentences).toContain("2. describe your process when credentials are compromised.");
    expect(maskListNumberDots(text)).toHaveLength(text.length);
  });

  it("masks list numbers only at a line's start", () => {
    expect(maskListNumberDots("Version 2. Then it broke.")).toBe("Version 2. Then it broke.");
    expect(maskListNumberDots("4.2. Describe it")).toBe("4.2\u00B7 Describe it");
  });

  it("in a questionnaire asks about an incident, it reports none", () => {
    const text =
      "As part of our annual third-party risk review, please answer the following.\n\n1. Have you had a data breach in the past 24 months?\n2. Describe your process when customer credentials are found to be compromised.\n3. What is your RTO in the event of a regional outage?";
    expect(signalsOf(text)).not.toContain("security_incident");
    expect(signalsOf(text)).not.toContain("outage");
  });
});

describe("a list item goes on with its lead-in", () => {
  it("gives each item the sentence that introduced the list, and nothing to other sentences", () => {
    const leadIns = listLeadIns(["ideally we'd simulate:", "- an http step timing out,", "- a full region outage.", "is there a sandbox?"]);
    expect(leadIns).toEqual([undefined, "ideally we'd simulate:", "ideally we'd simulate:", undefined]);
  });

  it.each([
    "We want to test our fallbacks. Ideally we'd simulate:\n- an HTTP step timing out,\n- a full Lumaflow region outage.\nIs there a sandbox for this?",
    "We're building a flow that should:\n- open a task when Stripe reports a chargeback\n- post to Slack when the API is down",
  ])("reads no present problem in items framed as an exercise or a flow: %s", (text) => {
    const signals = signalsOf(text);
    expect(signals).not.toContain("outage");
    expect(signals).not.toContain("chargeback");
  });

  it("still reads a report in a list that states what is happening", () => {
    const text = "Here is what we're seeing since 9am:\n- every flow fails\n- the whole platform is down for all our users";
    expect(signalsOf(text)).toContain("outage");
  });
});

describe("asking how something would be handled", () => {
  it.each([
    ["en", "Please send your continuity summary, including how you'd handle a regional outage."],
    ["en", "We want to test how our flows behave when a downstream system is down."],
    ["de", "Wir möchten wissen, wie sich die Flows verhalten, wenn das System ausgefallen ist."],
  ])("asks about the case, it reports none (%s): %s", (language, text) => {
    expect(signalsOf(text, language)).not.toContain("outage");
  });

  it("still reads a loss the same sentence reports after a 'how'", () => {
    expect(signalsOf("Not sure how the sync handles it, but it deleted all our contacts overnight.")).toContain("data_loss");
  });

  it("still reads an outage stated before the question", () => {
    expect(signalsOf("The whole platform is down for all our users and I don't know how we'd explain it to our clients.")).toContain("outage");
  });
});

describe("a signature needs a name under the sign-off", () => {
  it.each([
    ["chat lines after thanks", "Thanks for getting back\nStill broken\nAll flows down since 9"],
    ["a sign-off that ends a sentence", "Thanks.\nStill broken\nAll flows down"],
  ])("so %s stay the customer's words", (_name, text) => {
    expect(withoutSignature(text)).toBe(text);
  });

  it.each(["Best,\nAna de la Fuente\nHead of Operations, Brightwater", "Cheers\nJ. O'Neil"])("and finds one in: %s", (text) => {
    expect(withoutSignature(text).split("\n").slice(1).join("").trim()).toBe("");
  });
});

describe("a name alone under the last sentence", () => {
  it.each([
    ["after a sentence that ended", "Ansonsten: weiter so!\nJens", "Ansonsten: weiter so!"],
    ["after a blank line, with a role in brackets", "Please answer fast!!!\n\nJen (exec assistant)", "Please answer fast!!!"],
    ["with a particle", "Can you check the export?\n\nAna de la Fuente", "Can you check the export?"],
  ])("is a signature %s", (_name, text, kept) => {
    const result = withoutSignature(text);
    expect(result).toHaveLength(text.length);
    expect(result.trim()).toBe(kept);
  });

  it.each([
    ["a one-word request", "I have been waiting all day.\nAgent"],
    ["a shouted request", "I need help.\nHUMAN PLEASE"],
    ["a line that carries on the sentence", "The flow failed at\nStep Two"],
    ["the only line there is", "Jens"],
    ["a line under a greeting with no sentence end", "hi\nJens"],
  ])("is not assumed in %s", (_name, text) => {
    expect(withoutSignature(text)).toBe(text);
  });

  it("carries no request for a person into the classification", () => {
    const body = "Wir sind vor drei Monaten umgestiegen. Zwei Wünsche: bessere Fehlermeldungen und Notizen beim Kopieren.\n\nAnsonsten: weiter so!\nJens";
    const { classification } = classifyWithRules({ subject: "Rückmeldung", customerTier: "paid" }, turns(body));
    expect(classification.escalationSignals).not.toContain("human_requested");
  });
});

describe("a conditional lead-in", () => {
  it("introduces a report: its items still count", () => {
    expect(detectSignals("In case it helps:\n- the whole platform is down for all our users\n- every request returns 503", "en").signals).toContain("outage");
  });
});
