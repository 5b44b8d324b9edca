/**
 * The one request's answer as it travels: one flat object with short
 * property names and short codes for the vocabularies, mapped back here to
 * the judgements the graph uses (src/domain/judgement.ts). Every request
 * pays for its JSON Schema, so the schema is kept to what the fusion and the
 * safety rules read:
 *
 * - classification: category (`cat`), issue type (`kind`), priority (`pri`),
 *   complexity (`hard`), signals with their quotes (`sig`), urgency
 *   indicators (`urg`), the category's confidence (`conf`), the quoted
 *   question (`q`) that lets a ticket the rules cannot read stay with the bot;
 * - analysis: frustration (`fr`), risk, and the recommendation: type (`rec`),
 *   team, urgency (`when`), its confidence (`rconf`) and reason (`why`);
 * - the reply's personal part: acknowledgement (`ack`) and lead-in (`lead`).
 *
 * Sentiment is not asked: the fusion only ever takes a model's sentiment when
 * it is more negative than the rules', and the rules' own labels tie the
 * negative ones to frustration (src/rules/emotion/sentiment-label.ts), so
 * the frustration score carries it (src/agent/nodes/analyze/fuse.ts).
 *
 * The codes name what they stand for ("tech_support", "1h"), so the schema's
 * enums are their own legend and the instructions need not list them again.
 * Bounds (0 … 1, 0 … 100) are checked by zod after the answer, as strict mode
 * takes none (src/llm/strict-schema.ts).
 */
import { z } from "zod";
import type { AnalysisJudgement, ClassificationJudgement, RecommendedDecision, ReplyDraft } from "../../../domain/judgement.js";
import type { Category, Complexity, EscalationSignal, IssueType, Priority, Team, Urgency, UrgencyIndicator } from "../../../domain/taxonomy.js";

/** A vocabulary's codes on the wire, one per domain value (TypeScript checks none is missing). */
function vocabulary<D extends string>(codes: Record<D, string>) {
  const entries = Object.entries(codes) as Array<[D, string]>;
  const byCode = new Map(entries.map(([value, code]) => [code, value]));
  if (byCode.size !== entries.length) throw new Error(`two values share a wire code: ${entries.map(([, c]) => c).join(", ")}`);
  return {
    schema: z.enum(entries.map(([, code]) => code) as [string, ...string[]]),
    decode(code: string): D {
      const value = byCode.get(code);
      if (value === undefined) throw new Error(`unknown wire code '${code}'`);
      return value;
    },
    encode: (value: D): string => codes[value],
  };
}

export const CATEGORY_CODES = vocabulary<Category>({
  technical: "tech",
  billing: "billing",
  account: "account",
  product: "product",
  integration: "integration",
  bug_report: "bug",
  feature_request: "feature",
  security: "security",
  general_inquiry: "general",
});
export const ISSUE_TYPE_CODES = vocabulary<IssueType>({
  question: "question",
  problem: "problem",
  complaint: "complaint",
  compliment: "praise",
  request: "request",
});
export const PRIORITY_CODES = vocabulary<Priority>({ low: "low", medium: "medium", high: "high", urgent: "urgent", critical: "critical" });
export const COMPLEXITY_CODES = vocabulary<Complexity>({ simple: "simple", moderate: "moderate", complex: "complex", expert_required: "expert" });
export const SIGNAL_CODES = vocabulary<EscalationSignal>({
  legal_threat: "legal",
  executive_involvement: "exec",
  security_incident: "breach",
  outage: "outage",
  data_loss: "data_loss",
  churn_risk: "churn",
  public_complaint: "public",
  human_requested: "wants_human",
  repeat_contact: "repeat",
  chargeback: "chargeback",
});
export const INDICATOR_CODES = vocabulary<UrgencyIndicator>({
  business_impacting: "business",
  revenue_affecting: "revenue",
  security_related: "security",
  outage_related: "outage",
  deadline: "deadline",
  many_users_affected: "many_users",
});
export const RECOMMENDATION_CODES = vocabulary<RecommendedDecision>({
  no_escalation: "none",
  scheduled_escalation: "scheduled",
  specialist_escalation: "specialist",
  management_escalation: "management",
});
export const TEAM_CODES = vocabulary<Team>({
  engineering: "engineering",
  technical_support: "tech_support",
  customer_success: "success",
  senior_support: "senior",
  finance: "finance",
  security_team: "security",
  product: "product",
  general_support: "general",
});
/** How soon, as the response time itself: the instructions then need no legend for it. */
export const URGENCY_CODES = vocabulary<Urgency>({ immediate: "now", urgent: "1h", standard: "4h", scheduled: "1d" });

const unit = z.number().min(0).max(1);
const score = z.number().min(0).max(100);

/** The assessment alone: the request when respond has a model of its own. */
export const WireAssessment = z.object({
  cat: CATEGORY_CODES.schema,
  kind: ISSUE_TYPE_CODES.schema,
  pri: PRIORITY_CODES.schema,
  hard: COMPLEXITY_CODES.schema,
  sig: z.array(z.object({ s: SIGNAL_CODES.schema, quote: z.string() })),
  urg: z.array(INDICATOR_CODES.schema),
  conf: unit,
  q: z.string().nullable(),
  fr: score,
  risk: score,
  rec: RECOMMENDATION_CODES.schema,
  team: TEAM_CODES.schema,
  when: URGENCY_CODES.schema,
  rconf: unit,
  why: z.string(),
});
export type WireAssessment = z.infer<typeof WireAssessment>;

/** The default path's request: the assessment and the reply's personal part. */
export const WireAssessmentWithReply = WireAssessment.extend({ ack: z.string(), lead: z.string().nullable() });
export type WireAssessmentWithReply = z.infer<typeof WireAssessmentWithReply>;

export interface DecodedAssessment {
  classification: ClassificationJudgement;
  analysis: AnalysisJudgement;
  /** Present when the request asked for it. */
  reply?: ReplyDraft;
}

/** One value's way between the wire and the judgements, both directions. */
interface Codec<W, D> {
  decode(wire: W): D;
  encode(value: D): W;
}

const asIs = <T>(): Codec<T, T> => ({ decode: (v) => v, encode: (v) => v });
const each = <W, D>(codec: Codec<W, D>): Codec<W[], D[]> => ({
  decode: (ws) => ws.map((w) => codec.decode(w)),
  encode: (ds) => ds.map((d) => codec.encode(d)),
});
const signal: Codec<{ s: string; quote: string }, { signal: EscalationSignal; quote: string }> = {
  decode: ({ s, quote }) => ({ signal: SIGNAL_CODES.decode(s), quote }),
  encode: ({ signal: value, quote }) => ({ s: SIGNAL_CODES.encode(value), quote }),
};

/** The parts of a decoded assessment a wire field lands in. */
interface Parts {
  classification: ClassificationJudgement;
  analysis: Pick<AnalysisJudgement, "frustration" | "risk">;
  recommendation: AnalysisJudgement["recommendation"];
  reply: ReplyDraft;
}
type Part = keyof Parts;

/** A wire field: the part and the property it stands for, and its codec. Checked row by row by `field`. */
interface WireField {
  part: Part;
  key: string;
  codec: Codec<unknown, unknown>;
}

function field<P extends Part, K extends keyof Parts[P] & string, W>(part: P, key: K, codec: Codec<W, Parts[P][K]>): WireField {
  return { part, key, codec: codec as unknown as Codec<unknown, unknown> };
}

/** Every wire field, once: decoding and encoding both read this table (so the two directions cannot drift apart). */
const FIELDS: Record<keyof WireAssessmentWithReply, WireField> = {
  cat: field("classification", "category", CATEGORY_CODES),
  kind: field("classification", "issueType", ISSUE_TYPE_CODES),
  pri: field("classification", "priority", PRIORITY_CODES),
  hard: field("classification", "complexity", COMPLEXITY_CODES),
  sig: field("classification", "signals", each(signal)),
  urg: field("classification", "urgencyIndicators", each(INDICATOR_CODES)),
  conf: field("classification", "confidence", asIs<number>()),
  q: field("classification", "question", asIs<string | null>()),
  fr: field("analysis", "frustration", asIs<number>()),
  risk: field("analysis", "risk", asIs<number>()),
  rec: field("recommendation", "type", RECOMMENDATION_CODES),
  team: field("recommendation", "team", TEAM_CODES),
  when: field("recommendation", "urgency", URGENCY_CODES),
  rconf: field("recommendation", "confidence", asIs<number>()),
  why: field("recommendation", "reason", asIs<string>()),
  ack: field("reply", "acknowledgement", asIs<string>()),
  lead: field("reply", "answer", asIs<string | null>()),
};

export function fromWire(wire: WireAssessment | WireAssessmentWithReply): DecodedAssessment {
  const parts: Record<Part, Record<string, unknown>> = { classification: {}, analysis: {}, recommendation: {}, reply: {} };
  for (const [name, value] of Object.entries(wire)) {
    const f = FIELDS[name as keyof WireAssessmentWithReply];
    if (f) parts[f.part][f.key] = f.codec.decode(value);
  }
  // The table fills every property of each part (the schema requires every field it lists): the parts are whole.
  const decoded = parts as unknown as Parts;
  const analysis: AnalysisJudgement = { sentiment: null, ...decoded.analysis, recommendation: decoded.recommendation };
  return "ack" in wire ? { classification: decoded.classification, analysis, reply: decoded.reply } : { classification: decoded.classification, analysis };
}

/** The wire form of an assessment: what a model answers, for local servers in tests and benchmarks. */
export function toWire(assessment: DecodedAssessment): WireAssessment | WireAssessmentWithReply {
  const { classification, analysis, reply } = assessment;
  const parts: Record<Part, object | undefined> = { classification, analysis, recommendation: analysis.recommendation, reply };
  const wire: Record<string, unknown> = {};
  for (const [name, f] of Object.entries(FIELDS)) {
    const part = parts[f.part] as Record<string, unknown> | undefined;
    if (part) wire[name] = f.codec.encode(part[f.key]);
  }
  return wire as WireAssessment | WireAssessmentWithReply;
}
