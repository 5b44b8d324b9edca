/**
 * The learned concept reader in the rules engine: it finds concepts however
 * they are phrased, shows why (sentence, score, features), and leaves calm
 * routine questions alone. The phrasings are the illustrations, not
 * rows of any eval or training set.
 */
import { describe, expect, it } from "vitest";
import { readConceptSignals } from "../../../src/rules/concepts/engine.js";
import { CONCEPT_CLASSES, type ConceptClass } from "../../../src/rules/concepts/concepts.js";
import { conceptModel, type ConceptModel } from "../../../src/rules/concepts/model.js";
import { readConcepts, splitIntoSentences } from "../../../src/rules/concepts/read.js";
import { classifyWithRules } from "../../../src/agent/nodes/classify/rules.js";
import { humanActionsFromEvidence } from "../../../src/rules/human-action.js";

const concepts = (text: string) => readConcepts(text, "en").map((f) => f.concept);

describe("readConcepts", () => {
  it.each([
    ["can I get a real person on the line?", "human_request"],
    ["put me through to one of your staff", "human_request"],
    ["i need to chat w somebody from ur team", "human_request"],
    ["is there a way to reach an actual agent", "human_request"],
    ["there's a payment on my statement I never made", "fraud"],
    ["someone used my card and took money out", "fraud"],
    ["I want to lodge a formal complaint about how my claim was handled", "handling_complaint"],
    ["under the GDPR I want a copy of everything you store about me", "legal_rights"],
    ["I'm partially sighted and since the update I can't use the app at all", "accessibility"],
  ])("reads %j as %s", (text, concept) => {
    expect(concepts(text)).toContain(concept);
  });

  it.each([
    "How do I export my board to CSV?",
    "What are your support hours?",
    "Do you support screen readers?",
    "Thanks, that fixed it!",
    "Can I change the date format in reports?",
  ])("finds nothing in the routine question %j", (text) => {
    expect(readConcepts(text, "en")).toEqual([]);
  });

  it("reports the sentence that shows the concept, its score and what weighed most", () => {
    const [finding] = readConcepts("Hello. I have been waiting all day. Can I get a real person on the line?", "en");
    expect(finding).toMatchObject({ concept: "human_request", sentence: "Can I get a real person on the line?" });
    expect(finding?.score).toBeGreaterThan(0);
    expect(finding?.score).toBeLessThanOrEqual(1);
    expect(finding?.features.length).toBeGreaterThan(0);
  });

  it("bounds the sentences it reads", () => {
    expect(splitIntoSentences("Line one.\n".repeat(500))).toHaveLength(60);
    expect(splitIntoSentences(`${"x".repeat(2_000)}.`)[0]).toHaveLength(400);
  });
});

describe("readConceptSignals", () => {
  it("turns a request for a person into the human_requested hard trigger, with the learned evidence", () => {
    const reading = readConceptSignals("put me through to one of your staff", "en");
    expect(reading.signals).toContain("human_requested");
    expect(reading.evidence.find((e) => e.signal === "human_requested")).toMatchObject({
      rule: "learned:human_request",
      match: "put me through to one of your staff",
    });
  });

  it("turns a privacy-rights request into a need only a person can carry out", () => {
    const reading = readConceptSignals("under the GDPR I want a copy of everything you store about me", "en");
    expect(humanActionsFromEvidence(reading.evidence).map((n) => n.kind)).toContain("data_rights");
  });

  it("does not read a conditional sentence as a present fraud report", () => {
    expect(readConceptSignals("If someone used my card, what should I do?", "en").signals).not.toContain("security_incident");
  });
});

describe("in the rules engine's classification", () => {
  it("adds the learned signals beside the pattern families' and keeps theirs", () => {
    const ticket = { id: "T-1", subject: "Lawsuit", description: "Our lawyer will sue you. Also someone used my card and took money out." };
    const { classification } = classifyWithRules(ticket, [{ role: "customer", content: ticket.description, at: "2026-12-05T00:00:00Z" }]);
    expect(classification.escalationSignals).toEqual(expect.arrayContaining(["legal_threat", "security_incident"]));
    expect(classification.evidence.some((e) => e.rule === "learned:fraud" && e.score !== undefined)).toBe(true);
  });
});

describe("readConcepts: neighbouring sentences read together", () => {
  // A stand-in model that sees fraud only when both halves of the story are in the passage it reads.
  const real = conceptModel();
  const probe: ConceptModel = {
    metadata: { ...real.metadata, thresholds: { ...real.metadata.thresholds, fraud: 0.5 } },
    score: (text) => {
      const both = /2fa was turned off/i.test(text) && /didn'?t do that/i.test(text);
      const probabilities = Object.fromEntries(CONCEPT_CLASSES.map((c) => [c, c === "fraud" ? (both ? 0.9 : 0.1) : c === "none" ? (both ? 0.1 : 0.9) : 0]));
      return { probabilities: probabilities as Record<ConceptClass, number>, features: [] };
    },
    strongest: () => [],
  };
  const text = "Got an email saying 2FA was turned off on my account. I didn't do that. Now my password fails.";

  it("finds a concept stated across two sentences, and shows both as the evidence", () => {
    const [finding] = readConcepts(text, "en", probe);
    expect(finding).toMatchObject({ concept: "fraud", sentence: "Got an email saying 2FA was turned off on my account. I didn't do that." });
  });

  it("reads a pair only when both its sentences are admissible", () => {
    const refuseDenial = (_concept: string, sentence: string) => !/didn'?t do that/i.test(sentence);
    expect(readConcepts(text, "en", probe, refuseDenial)).toEqual([]);
  });
});
