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
 * the frustration score carries it (src/nodes/analyze/fuse.ts).
 *
 * The codes name what they stand for ("tech_support", "1h"), so the schema's
 * enums are their own legend and the instructions need not list them again.
 * Bounds (0 … 1, 0 … 100) are checked by zod after the answer, as strict mode
 * takes none (src/llm/strict-schema.ts).
 */
import { z } from "zod";
import type { AnalysisJudgement, ClassificationJudgement, RecommendedDecision, ReplyDraft } from "../../domain/judgement.js";
import type { Category, Complexity, EscalationSignal, IssueType, Priority, Team, Urgency, UrgencyIndicator } from "../../domain/taxonomy.js";

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

export function fromWire(wire: WireAssessment | WireAssessmentWithReply): DecodedAssessment {
  const classification: ClassificationJudgement = {
    category: CATEGORY_CODES.decode(wire.cat),
    priority: PRIORITY_CODES.decode(wire.pri),
    complexity: COMPLEXITY_CODES.decode(wire.hard),
    issueType: ISSUE_TYPE_CODES.decode(wire.kind),
    signals: wire.sig.map(({ s, quote }) => ({ signal: SIGNAL_CODES.decode(s), quote })),
    urgencyIndicators: wire.urg.map((u) => INDICATOR_CODES.decode(u)),
    confidence: wire.conf,
    question: wire.q,
  };
  const analysis: AnalysisJudgement = {
    sentiment: null,
    frustration: wire.fr,
    risk: wire.risk,
    recommendation: {
      type: RECOMMENDATION_CODES.decode(wire.rec),
      team: TEAM_CODES.decode(wire.team),
      urgency: URGENCY_CODES.decode(wire.when),
      confidence: wire.rconf,
      reason: wire.why,
    },
  };
  return "ack" in wire ? { classification, analysis, reply: { acknowledgement: wire.ack, answer: wire.lead } } : { classification, analysis };
}

/** The wire form of an assessment: what a model answers, for local servers in tests and benchmarks. */
export function toWire(assessment: DecodedAssessment): WireAssessment | WireAssessmentWithReply {
  const { classification: c, analysis: a, reply } = assessment;
  const wire: WireAssessment = {
    cat: CATEGORY_CODES.encode(c.category),
    kind: ISSUE_TYPE_CODES.encode(c.issueType),
    pri: PRIORITY_CODES.encode(c.priority),
    hard: COMPLEXITY_CODES.encode(c.complexity),
    sig: c.signals.map(({ signal, quote }) => ({ s: SIGNAL_CODES.encode(signal), quote })),
    urg: c.urgencyIndicators.map((u) => INDICATOR_CODES.encode(u)),
    conf: c.confidence,
    q: c.question,
    fr: a.frustration,
    risk: a.risk,
    rec: RECOMMENDATION_CODES.encode(a.recommendation.type),
    team: TEAM_CODES.encode(a.recommendation.team),
    when: URGENCY_CODES.encode(a.recommendation.urgency),
    rconf: a.recommendation.confidence,
    why: a.recommendation.reason,
  };
  return reply ? { ...wire, ack: reply.acknowledgement, lead: reply.answer } : wire;
}
