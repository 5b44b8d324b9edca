/**
 * The one request's compact wire form: every value of every vocabulary the
 * fusion reads has a code of its own and comes back as itself, and an answer
 * decodes to the judgements the graph fuses.
 */
import { describe, expect, it } from "vitest";
import { CATEGORIES, COMPLEXITIES, ESCALATION_SIGNALS, ISSUE_TYPES, PRIORITIES, TEAMS, URGENCIES, URGENCY_INDICATORS } from "../../../src/domain/taxonomy.js";
import { RecommendedDecision } from "../../../src/domain/judgement.js";
import {
  CATEGORY_CODES,
  COMPLEXITY_CODES,
  fromWire,
  INDICATOR_CODES,
  ISSUE_TYPE_CODES,
  PRIORITY_CODES,
  RECOMMENDATION_CODES,
  SIGNAL_CODES,
  TEAM_CODES,
  toWire,
  URGENCY_CODES,
  WireAssessment,
  WireAssessmentWithReply,
} from "../../../src/agent/nodes/read/wire.js";
import { assessmentAnswer } from "../../helpers/judgements.js";

const VOCABULARIES = [
  ["category", CATEGORIES, CATEGORY_CODES],
  ["issue type", ISSUE_TYPES, ISSUE_TYPE_CODES],
  ["priority", PRIORITIES, PRIORITY_CODES],
  ["complexity", COMPLEXITIES, COMPLEXITY_CODES],
  ["signal", ESCALATION_SIGNALS, SIGNAL_CODES],
  ["urgency indicator", URGENCY_INDICATORS, INDICATOR_CODES],
  ["recommendation", RecommendedDecision.options, RECOMMENDATION_CODES],
  ["team", TEAMS, TEAM_CODES],
  ["urgency", URGENCIES, URGENCY_CODES],
] as const;

describe("the one request's wire form", () => {
  it.each(VOCABULARIES)("gives every %s its own code, and decodes it back", (_name, values, codes) => {
    const encoded = values.map((v) => (codes.encode as (value: string) => string)(v));
    expect(new Set(encoded).size).toBe(values.length);
    expect(codes.schema.options).toEqual(encoded);
    for (const [i, code] of encoded.entries()) expect(codes.decode(code)).toBe(values[i]);
    expect(() => codes.decode("nonsense")).toThrow(/unknown wire code/);
  });

  it("decodes an answer to the judgements the fusion reads, the reply's personal part with it", () => {
    const answer = assessmentAnswer(
      { category: "bug_report", signals: [{ signal: "legal_threat", quote: "my lawyer" }], urgencyIndicators: ["deadline"], question: null },
      {
        frustration: 72,
        risk: 64,
        recommendation: { type: "management_escalation", team: "senior_support", urgency: "urgent", confidence: 0.8, reason: "Angry repeat." },
      },
      { acknowledgement: "Sorry.", answer: null },
    );
    const wire = WireAssessmentWithReply.parse(toWire(answer));
    expect(wire).toMatchObject({ cat: "bug", sig: [{ s: "legal", quote: "my lawyer" }], urg: ["deadline"], rec: "management", team: "senior", when: "1h" });
    expect(fromWire(wire)).toEqual({
      classification: answer.classification,
      // Sentiment is not asked: the frustration score stands for it (src/agent/nodes/analyze/fuse.ts).
      analysis: { ...answer.analysis, sentiment: null },
      reply: answer.reply,
    });
  });

  it("decodes the assessment alone when the request asked for no reply", () => {
    const wire = WireAssessment.parse(toWire(assessmentAnswer()));
    expect(wire).not.toHaveProperty("ack");
    expect(fromWire(wire)).not.toHaveProperty("reply");
  });
});
