/**
 * The escalation graph's state. Inputs are `ticket` (a new ticket, or the same
 * ticket again) and `message` (a customer's follow-up); everything else is
 * written by the nodes and read by other programs as the output contract.
 */
import { MessagesValue, ReducedValue, StateSchema } from "@langchain/langgraph";
import { z } from "zod";
import {
  AgentError,
  Analysis,
  Classification,
  ConversationTurn,
  Decision,
  Learning,
  Metrics,
  NodeTiming,
  Notification,
  Reply,
  ComplexityScores,
  TurnReading,
} from "../domain/triage.js";
import { CustomerTier, Sentiment } from "../domain/taxonomy.js";
import { Handoff } from "../domain/handoff.js";
import { ThreadStatus } from "../domain/human.js";
import { PolicyTrace } from "../domain/policy-trace.js";
import { ModelRun, RoundTrips } from "../llm/model-run.js";

/**
 * The ticket as the graph stores it. Validation of required fields happens at
 * the edges (CLI, API) with `parseTicket`, which gives precise per-field
 * errors; here every field is optional so a partial update (e.g. a new
 * slackThreadId) can be merged into the stored ticket.
 */
export const TicketState = z.looseObject({
  id: z.string().optional(),
  subject: z.string().optional(),
  description: z.string().optional(),
  message: z.string().optional(),
  customerEmail: z.string().optional(),
  customerName: z.string().optional(),
  channel: z.string().optional(),
  customerId: z.string().optional(),
  customerTier: CustomerTier.optional(),
  accountValue: z.number().optional(),
  previousTicketCount: z.number().optional(),
  supportHistory: z.array(z.string()).optional(),
  escalationHistory: z.array(z.string()).optional(),
  externalId: z.union([z.string(), z.number()]).optional(),
  slackThreadId: z.string().optional(),
  messageId: z.string().optional(),
});
export type TicketState = z.infer<typeof TicketState>;

/** A customer's follow-up message on an existing thread. */
export const IncomingMessage = z.object({
  content: z.string().min(1),
  channel: z.string().optional(),
});
export type IncomingMessage = z.infer<typeof IncomingMessage>;

/**
 * The rules engine's raw readings of the conversation, made once by read
 * and read by the later nodes (so no text is analysed twice per run).
 */
export const Findings = z.object({
  /** The rules' own classification, before classify fuses a model's into it. */
  classification: Classification,
  /** Emotional reading of the latest customer turn. */
  frustration: z.number(),
  sentiment: Sentiment,
  lexiconScore: z.number(),
  cues: z.array(z.string()),
  /** One reading per customer turn, oldest first. */
  trajectory: z.array(TurnReading),
  complexityScores: ComplexityScores,
  technicalTerms: z.array(z.string()),
  /** Why the priority is what it is. */
  priorityReason: z.string(),
  /**
   * What the latest customer message takes back of the earlier ones
   * (rules/signals/withdrawal.ts), and whether it asks a person for
   * something new itself; absent on a first message. Routing and analyze
   * read it here instead of reading the message again.
   */
  latestMessage: z
    .object({
      retracted: z.boolean(),
      ownActivity: z.boolean(),
      exercise: z.boolean(),
      /** After its settling words it turns to a new matter (signals/withdrawal.ts). */
      movesOn: z.boolean().optional(),
      asksAPerson: z.boolean(),
      /** Its own words raise an escalation signal (a churn notice, a new incident), whatever thanks surround them. */
      raisesSignal: z.boolean().optional(),
    })
    .optional(),
});
export type Findings = z.infer<typeof Findings>;

/** What a node reports about its own cost; summed into `metrics`. */
export const MetricsDelta = z.object({
  nodes: z.record(z.string(), NodeTiming).optional(),
  llmCalls: z.number().optional(),
  promptTokens: z.number().optional(),
  completionTokens: z.number().optional(),
  fallbacks: z.number().optional(),
  llmSkipped: z.number().optional(),
});
export type MetricsDelta = z.infer<typeof MetricsDelta>;

const EMPTY_METRICS: Metrics = { nodes: {}, llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 };

function addMetrics(current: Metrics, delta: MetricsDelta): Metrics {
  const nodes = { ...current.nodes };
  for (const [name, timing] of Object.entries(delta.nodes ?? {})) {
    const before = nodes[name] ?? { ms: 0, runs: 0 };
    nodes[name] = { ms: before.ms + timing.ms, runs: before.runs + timing.runs };
  }
  return {
    nodes,
    llmCalls: current.llmCalls + (delta.llmCalls ?? 0),
    promptTokens: current.promptTokens + (delta.promptTokens ?? 0),
    completionTokens: current.completionTokens + (delta.completionTokens ?? 0),
    fallbacks: current.fallbacks + (delta.fallbacks ?? 0),
    // Only present once a breaker skipped a call, so outputs without a model stay as they were.
    ...(current.llmSkipped || delta.llmSkipped ? { llmSkipped: (current.llmSkipped ?? 0) + (delta.llmSkipped ?? 0) } : {}),
  };
}

export const EscalationState = new StateSchema({
  /** Input: the ticket. Given again on a thread, its fields are merged into the stored ticket. */
  ticket: new ReducedValue(TicketState.optional(), {
    reducer: (current, next) => (next ? { ...(current ?? {}), ...next } : current),
  }),
  /** Input: a customer follow-up on this thread; consumed (reset to null) by intake. */
  message: IncomingMessage.nullable().optional(),
  /** The ticket's id, generated as TICK-<time>-<random> when the ticket had none. */
  ticketId: z.string().optional(),
  /** Every turn of the conversation, oldest first; nodes append. */
  conversation: new ReducedValue(
    z.array(ConversationTurn).default(() => []),
    {
      inputSchema: z.array(ConversationTurn),
      reducer: (current, next) => [...current, ...next],
    },
  ),
  /**
   * Derived: `conversation` as LangChain messages, for LangGraph Studio's chat
   * view (see messages-mirror.ts). Read-only for callers; not part of the
   * output contract — read `conversation`.
   */
  messages: MessagesValue,
  /** Internal: the rules engine's readings, written by read for classify, analyze and decide. */
  findings: Findings.optional(),
  /** Internal: the model's part in this run (its reading, what it changed), written by read and classify; absent without a model. */
  modelRun: ModelRun.nullable().optional(),
  /** Internal: the model round trips spent in this run; written only by the budget wrapper (model-budget.ts). */
  roundTrips: RoundTrips.nullable().optional(),
  /** What the ticket is about: category, priority, complexity, signals, entities, language. */
  classification: Classification.optional(),
  /** How the customer feels and how hard and risky the issue is. */
  analysis: Analysis.optional(),
  /** Whether, how, to whom and how urgently to escalate, and why. */
  decision: Decision.optional(),
  /** The reply for the customer; null only where no reply may be sent. */
  response: Reply.nullable().optional(),
  /** The handoff to humans; null when not escalating. */
  handoff: Handoff.nullable().optional(),
  /**
   * Messages sent to the customer (the reply by email, threaded under their
   * mail), one per answered customer turn, with delivery status and
   * idempotency key; a node writes the notifications it sent and this
   * merges them by key. Notifications to people are in `handoff.notifications`.
   */
  customerNotifications: new ReducedValue(
    z.array(Notification).default(() => []),
    {
      inputSchema: z.array(Notification),
      reducer: (current, next) => [...current.filter((n) => !next.some((m) => m.id === n.id)), ...next],
    },
  ),
  /** Who answers the customer now: the bot, or a human (awaiting a claim, or owning the ticket). */
  status: ThreadStatus.default("bot"),
  /** The human who claimed the ticket; null while nobody has. */
  owner: z.string().nullable().default(null),
  /** Where the outcome record of this ticket lives in the store. */
  learning: Learning.nullable().optional(),
  /** Internal: what the learned policy did in this run's decide; learn records it, then clears it. */
  policyTrace: PolicyTrace.nullable().optional(),
  /** Per-node timings and model usage, summed over the thread's runs. */
  metrics: new ReducedValue(
    Metrics.default(() => structuredClone(EMPTY_METRICS)),
    {
      inputSchema: MetricsDelta,
      reducer: addMetrics,
    },
  ),
  /** Failures that were absorbed (a fallback answered instead); never secrets. */
  errors: new ReducedValue(
    z.array(AgentError).default(() => []),
    {
      inputSchema: z.array(AgentError),
      reducer: (current, next) => [...current, ...next],
    },
  ),
});

/**
 * What a caller may give the graph: a ticket, or a follow-up message. The
 * graph's input schema, so LangGraph Studio offers a form with just these two
 * fields; invoke still returns the whole state.
 */
export const EscalationInput = new StateSchema({
  ticket: EscalationState.fields.ticket,
  message: EscalationState.fields.message,
});

export type EscalationStateType = typeof EscalationState.State;
export type EscalationUpdate = typeof EscalationState.Update;
