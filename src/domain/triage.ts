/**
 * The agent's judgements, as zod schemas. These are the public output
 * contract (other programs read these names) and also the structured-output
 * schemas a chat model must fill, so every field carries a description.
 */
import { z } from "zod";
import {
  Approach,
  Category,
  Complexity,
  CustomerTier,
  DecisionSource,
  DecisionType,
  EscalationSignal,
  IssueType,
  Priority,
  Sentiment,
  Team,
  Urgency,
  UrgencyIndicator,
} from "./taxonomy.js";

const score = z.number().min(0).max(100);
const confidence = z.number().min(0).max(1);

/** One piece of text that made the rules engine raise a signal: what, where, why. */
export const Evidence = z.object({
  signal: z.string().describe("The signal or indicator this evidence supports"),
  match: z.string().describe("The words in the ticket that matched"),
  rule: z.string().describe("Which rule or pattern family fired"),
  /** The learned concept reader's probability, 0–1 (its evidence only). */
  score: z.number().min(0).max(1).optional().describe("The learned reader's probability, when it found this"),
  /** The features that weighed most in the learned reading ("real person", "~agen"). */
  features: z.array(z.string()).optional().describe("What weighed most in the learned reading"),
});
export type Evidence = z.infer<typeof Evidence>;

export const Entities = z.object({
  errorCodes: z.array(z.string()).default([]).describe("Error codes and HTTP statuses quoted by the customer"),
  ids: z.array(z.string()).default([]).describe("Order, invoice, account or request ids"),
  versions: z.array(z.string()).default([]).describe("Product, API or SDK versions"),
  amounts: z.array(z.string()).default([]).describe("Money amounts, with currency"),
  emails: z.array(z.string()).default([]).describe("Email addresses other than the sender's"),
  urls: z.array(z.string()).default([]).describe("Links"),
  durations: z.array(z.string()).default([]).describe("Durations such as '20 minutes' or '3 months'"),
});
export type Entities = z.infer<typeof Entities>;

export const Classification = z.object({
  category: Category,
  priority: Priority,
  complexity: Complexity,
  customerType: CustomerTier.describe("The customer's tier, from the ticket or inferred"),
  issueType: IssueType,
  urgencyIndicators: z.array(UrgencyIndicator),
  escalationSignals: z.array(EscalationSignal),
  entities: Entities,
  language: z.string().describe("ISO 639-1 code of the customer's language"),
  confidence,
  /** Why each signal and indicator was raised, for humans and for audits. */
  evidence: z.array(Evidence).default([]),
});
export type Classification = z.infer<typeof Classification>;

export const ComplexityScores = z.object({
  technical: score,
  communication: score,
  process: score,
  resolution: score,
});
export type ComplexityScores = z.infer<typeof ComplexityScores>;

export const Risk = z.object({
  overall: score,
  sentiment: score,
  complexity: score,
  business: score,
  customer: score,
});
export type Risk = z.infer<typeof Risk>;

/** One customer turn's emotional reading, for multi-turn trajectories. */
export const TurnReading = z.object({
  turn: z.number().int().nonnegative(),
  /** This message's own reading. */
  frustration: score,
  sentiment: Sentiment,
  /** The thread's frustration after this turn (src/rules/thread-mood.ts); set by analyze. */
  thread: score.optional(),
});
export type TurnReading = z.infer<typeof TurnReading>;

export const Analysis = z.object({
  sentiment: Sentiment,
  /** The thread's frustration: decays slowly over calm turns, rises at once (src/rules/thread-mood.ts). */
  frustration: score.describe("0 calm … 100 furious"),
  /** The latest customer message's own reading, shown beside the thread's. */
  latest: z.object({ frustration: score, sentiment: Sentiment }).optional(),
  /** The cues behind the frustration score (lexicon words, capitals, "third time"…). */
  frustrationCues: z.array(z.string()).default([]),
  complexityScores: ComplexityScores,
  risk: Risk,
  approach: Approach,
  immediateEscalation: z.object({
    required: z.boolean(),
    reasons: z.array(z.string()),
  }),
  /** Frustration per customer turn, oldest first. */
  trajectory: z.array(TurnReading).default([]),
  /** The conversation's shape over time and whether it alone warrants a human. */
  trend: z
    .object({
      pattern: z.enum(["steady", "rising", "jump", "circling", "settled"]),
      reason: z.string(),
      escalates: z.boolean(),
    })
    .default({ pattern: "steady", reason: "single turn", escalates: false }),
});
export type Analysis = z.infer<typeof Analysis>;

export const Decision = z.object({
  type: DecisionType,
  targetTeam: Team,
  urgency: Urgency,
  reasons: z.array(z.string()),
  confidence,
  source: DecisionSource,
  /** When a human is expected to pick the ticket up, e.g. "within 15 minutes". */
  expectedResponse: z.string(),
});
export type Decision = z.infer<typeof Decision>;

export const RESPONSE_TYPES = ["solution", "clarification_request", "escalation_acknowledgment", "fallback"] as const;
export const ResponseType = z.enum(RESPONSE_TYPES);

export const TONES = ["friendly", "professional", "empathetic", "technical", "apologetic"] as const;
export const Tone = z.enum(TONES);

export const Reply = z.object({
  message: z.string(),
  type: ResponseType,
  tone: Tone,
  language: z.string(),
  /** Knowledge-base articles the reply drew on, by id. */
  sources: z.array(z.string()).default([]),
});
export type Reply = z.infer<typeof Reply>;

/**
 * "partial": a mail the server accepted for some recipients and refused for
 * others (`rejected` lists them). It is its own status, not "sent" with a
 * note, because a reader that looks only at the status must not take it for
 * fully delivered: it counts as undelivered (fallback alert, handoff status,
 * `notifications retry`), and a retry sends to the refused addresses only.
 */
/**
 * "not_configured": the channel has no settings, so nobody was sent it (the
 * outbox counts as delivery only where it is the configured channel).
 */
export const NOTIFICATION_STATUSES = ["sent", "outbox", "failed", "pending", "partial", "not_configured"] as const;
export const Notification = z.object({
  /** Idempotency key: the same notification is never sent twice. */
  id: z.string(),
  channel: z.enum(["email", "slack", "ticketing", "customer_email", "forward_slack", "forward_email", "fallback_slack", "fallback_email"]),
  target: z.string(),
  status: z.enum(NOTIFICATION_STATUSES),
  attempts: z.number().int().nonnegative(),
  /** Where the artefact landed: a message id, a Slack ts, a file path. */
  ref: z.string().optional(),
  error: z.string().optional(),
  /** Mail recipients that refused it while the others accepted it (status "partial"). */
  rejected: z.array(z.string()).optional(),
});
export type Notification = z.infer<typeof Notification>;

export const ConversationTurn = z.object({
  role: z.enum(["customer", "agent", "human", "system"]),
  content: z.string(),
  at: z.string().describe("ISO 8601 time"),
  channel: z.string().optional(),
  /** Who wrote a human turn (agent name). */
  author: z.string().optional(),
});
export type ConversationTurn = z.infer<typeof ConversationTurn>;

export const NodeTiming = z.object({ ms: z.number().nonnegative(), runs: z.number().int().nonnegative() });

export const Metrics = z.object({
  /** Milliseconds spent per node in the latest run, and how often it ran on the thread. */
  nodes: z.record(z.string(), NodeTiming),
  llmCalls: z.number().int().nonnegative(),
  promptTokens: z.number().int().nonnegative(),
  completionTokens: z.number().int().nonnegative(),
  /** Judgements where a model failed and the rules engine answered instead. */
  fallbacks: z.number().int().nonnegative(),
  /** Model calls not made because the endpoint's circuit breaker was open (src/llm/breaker.ts); absent when none. */
  llmSkipped: z.number().int().nonnegative().optional(),
});
export type Metrics = z.infer<typeof Metrics>;

export const Learning = z.object({
  /** Key of the outcome record in the store. */
  recordKey: z.string(),
  namespace: z.array(z.string()),
  /** Segment the decision belongs to, e.g. "billing:paid". */
  segment: z.string(),
  recordedAt: z.string(),
  /** Similar past cases that informed the decision, by ticket id. */
  similarCases: z.array(z.string()).default([]),
  frozen: z.boolean().default(false),
});
export type Learning = z.infer<typeof Learning>;

export const AgentError = z.object({
  node: z.string(),
  message: z.string(),
  at: z.string(),
});
export type AgentError = z.infer<typeof AgentError>;
