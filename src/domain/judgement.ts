/**
 * What a chat model must answer, as zod schemas. These are the structured
 * outputs the prompts ask for (their JSON Schema is sent to the provider)
 * and the check every answer passes before the graph uses it. Every field is
 * required and there are no defaults, so the same schema also satisfies
 * OpenAI's strict mode and local servers that only honour `required`.
 */
import { z } from "zod";
import { Category, Complexity, EscalationSignal, IssueType, Priority, Sentiment, Team, Urgency, UrgencyIndicator } from "./taxonomy.js";

const confidence = z.number().min(0).max(1).describe("How sure you are, 0 … 1");
const score = z.number().min(0).max(100);

export const SignalSighting = z.object({
  signal: EscalationSignal,
  quote: z.string().describe("The customer's own words that show the signal, copied verbatim from the ticket"),
});
export type SignalSighting = z.infer<typeof SignalSighting>;

/** The model's reading of what a ticket is about (classify). */
export const ClassificationJudgement = z
  .object({
    category: Category,
    priority: Priority,
    complexity: Complexity,
    issueType: IssueType,
    signals: z.array(SignalSighting).describe("Escalation signals the customer's words show; empty when none"),
    urgencyIndicators: z.array(UrgencyIndicator),
    confidence: confidence.describe("How sure you are of the category, 0 … 1"),
    // Null is the answer for most tickets. A quote lets a model show that a
    // ticket the rules cannot read is only a question (src/agent/nodes/decide/fuse.ts);
    // a bare issueType from the model is not enough to leave such a ticket with the bot.
    question: z
      .string()
      .nullable()
      .describe("Only when the whole ticket is a question and nothing more: that question, copied verbatim from the ticket; otherwise null"),
  })
  .describe("What the ticket is about");
export type ClassificationJudgement = z.infer<typeof ClassificationJudgement>;

/** Decision types a model may recommend: immediate escalations come from hard triggers only. */
export const RecommendedDecision = z.enum(["no_escalation", "scheduled_escalation", "specialist_escalation", "management_escalation"]);
export type RecommendedDecision = z.infer<typeof RecommendedDecision>;

export const EscalationRecommendation = z
  .object({
    type: RecommendedDecision,
    team: Team.describe("The team that should own the ticket"),
    urgency: Urgency,
    confidence,
    reason: z.string().describe("One sentence: why"),
  })
  .describe("Whether and to whom to escalate");
export type EscalationRecommendation = z.infer<typeof EscalationRecommendation>;

/** The model's reading of how the customer feels and how risky the ticket is (analyze), plus its recommendation (decide). */
export const AnalysisJudgement = z
  .object({
    // Null: no view beyond the frustration score, which then stands for it (the one request does not ask; src/agent/nodes/read/wire.ts).
    sentiment: Sentiment.nullable(),
    frustration: score.describe("0 calm … 100 furious"),
    risk: score.describe("0 … 100: how likely the ticket goes badly (churn, public complaint, legal, lost revenue) if the bot keeps it"),
    recommendation: EscalationRecommendation,
  })
  .describe("How the customer feels, how risky the ticket is, and whether to escalate");
export type AnalysisJudgement = z.infer<typeof AnalysisJudgement>;

/**
 * One call answering both classify and analyze, as the graph reads it. The
 * request itself asks for a compact wire form of it (src/agent/nodes/read/wire.ts).
 */
export const TicketAssessment = z
  .object({ classification: ClassificationJudgement, analysis: AnalysisJudgement })
  .describe("The full assessment of a support ticket");
export type TicketAssessment = z.infer<typeof TicketAssessment>;

/**
 * The personal part of the reply, drafted in the run's first round trip
 * beside the assessment: the facts (which team, by when, the status page,
 * the knowledge-base steps) are added from templates after the call, from
 * the fused decision, so a disagreement between rules and model never needs
 * a second request. Empty strings are allowed: the templates' own words then stand.
 */
export const ReplyDraft = z
  .object({
    acknowledgement: z.string().describe("One or two sentences acknowledging what the customer wrote, with empathy when they are upset"),
    answer: z.string().nullable().describe("With a help article given: one sentence leading into its steps; otherwise null"),
  })
  .describe("The personal part of the reply");
export type ReplyDraft = z.infer<typeof ReplyDraft>;

/** The first round trip when one model serves classify, analyze and respond: the assessment and the reply's personal part. */
export const TicketAssessmentWithReply = TicketAssessment.extend({ reply: ReplyDraft }).describe(
  "The assessment of a support ticket and the personal part of its reply",
);
export type TicketAssessmentWithReply = z.infer<typeof TicketAssessmentWithReply>;

/** The customer reply a model writes (respond). */
export const ReplyJudgement = z
  .object({ message: z.string().min(1).describe("The complete reply to the customer, greeting to sign-off") })
  .describe("The reply to the customer");
export type ReplyJudgement = z.infer<typeof ReplyJudgement>;
