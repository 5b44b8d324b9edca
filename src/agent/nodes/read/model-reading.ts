/**
 * read's model part: the run's first round trip (round-trip.ts), sent while
 * the rules engine reads the ticket, and its answer as the run's fresh model
 * record (`modelRun`) for classify, analyze, decide and respond to fuse.
 *
 * The request leaves first: `startModelReading` sends it with what it needs
 * from the rules (their first look: language and category), and the rest of
 * the rules engine — some milliseconds of pattern scans — runs while it is in
 * flight; `finish` then waits for the answer. So the rules cost the ticket
 * nothing on top of the model's latency. Returns null when no node has a
 * model, so the rules-only path runs no model code at all.
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import type { AgentError, ConversationTurn, Reply } from "../../../domain/triage.js";
import { resolveContext } from "../../context.js";
import type { AgentDependencies } from "../../dependencies.js";
import type { ModelBudget } from "../../model-budget.js";
import type { MetricsDelta, TicketState } from "../../state.js";
import { describeFallback } from "../../../llm/fallback.js";
import { emptyModelRun, type DraftedReply, type ModelRun } from "../../../llm/model-run.js";
import { redactSecrets } from "../../../llm/redact.js";
import { ticketPromptView } from "../../../llm/ticket-prompt.js";
import type { ClassificationJudgement } from "../../../domain/judgement.js";
import type { Pseudonyms } from "../../../privacy/pseudonyms.js";
import { usageMetrics } from "../../../llm/usage.js";
import type { FirstLook } from "../classify/rules.js";
import { firstRoundTrip, type RoundTrip } from "./round-trip.js";

export interface ModelReadingResult {
  modelRun: ModelRun;
  metrics: MetricsDelta;
  errors: AgentError[];
}

export interface ModelReadingInput {
  deps: AgentDependencies;
  config: LangGraphRunnableConfig;
  budget: ModelBudget;
  ticket: TicketState;
  customerTurns: ConversationTurn[];
  /** Every turn of the conversation, this run's included: the reply brief reads the thread (src/agent/nodes/read/reply-brief.ts). */
  conversation: ConversationTurn[];
  /** The reply of the previous run, if any. */
  lastReply: Reply | null | undefined;
  /** The rules' first look (src/agent/nodes/classify/rules.ts). */
  look: FirstLook;
}

/** A model reading under way: the request is out. */
export interface ModelReading {
  /** Waits for the answer; never throws. */
  finish(): Promise<ModelReadingResult>;
}

type Sent = { ok: true; trip: RoundTrip | null } | { ok: false; error: unknown };

/** The node its failures are reported under (errors, metrics). */
const NODE = "read";

export async function startModelReading(input: ModelReadingInput): Promise<ModelReading | null> {
  const { deps, config, ticket } = input;
  const context = resolveContext(config.context, deps.settings.model);
  if (!deps.models.anyFor(context.model)) return null;

  const at = deps.now().toISOString();
  let sent: Promise<Sent>;
  let view: ReturnType<typeof ticketPromptView> | undefined;
  try {
    // The model quotes what it saw, placeholders and all; its quotes get the values back and are checked
    // against the text it was shown before the placeholders, so evidence reads as the customer wrote it.
    view = ticketPromptView(
      ticket,
      input.customerTurns.map((t) => t.content),
      deps.settings.privacy.redactKinds,
    );
    sent = firstRoundTrip({
      deps,
      config,
      budget: input.budget,
      context,
      ticket: view.prompt,
      subject: ticket.subject,
      conversation: input.conversation,
      lastReply: input.lastReply,
      look: input.look,
    }).then(
      (trip): Sent => ({ ok: true, trip }),
      (error: unknown): Sent => ({ ok: false, error }),
    );
    await requestLeaves();
  } catch (error) {
    sent = Promise.resolve({ ok: false, error });
  }
  const table = view?.pseudonyms;
  const shown = view ? [view.redacted.subject ?? "", ...view.redacted.customerTurns].join("\n") : "";
  return {
    finish: async () => {
      const outcome = await sent;
      try {
        if (!outcome.ok) throw outcome.error;
        if (!outcome.trip || !table) return { modelRun: emptyModelRun(), metrics: {}, errors: [] };
        return received(outcome.trip, table, shown, at);
      } catch (error) {
        // A bug on our side must not cost the customer their answer: the rules stand.
        const message = redactSecrets(error instanceof Error ? error.message : String(error), deps.settings.secrets);
        return {
          // replyDraft null: the round trip was made, so respond does not ask again.
          modelRun: { ...emptyModelRun(), fellBack: true, replyDraft: null },
          metrics: { fallbacks: 1 },
          errors: [{ node: NODE, message: `model classification failed: ${message}; the rules engine answered`, at }],
        };
      }
    },
  };
}

/**
 * Two turns of the event loop before the rules engine holds the thread for
 * its milliseconds of scans: measured with the OpenAI client, a kept-alive
 * connection has written the request by the end of the first, and the second
 * lets input already waiting be read (a local server's, or another ticket's).
 * A new connection may still be connecting: it then finishes after the rules,
 * no later than it would have before.
 */
async function requestLeaves(): Promise<void> {
  for (let turn = 0; turn < 2; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
}

function received(trip: RoundTrip, table: Pseudonyms, shown: string, at: string): ModelReadingResult {
  const { assessment } = trip;
  return {
    modelRun: {
      ...emptyModelRun(),
      fellBack: assessment.failures.length > 0,
      judged: assessment.classification && unmaskQuotes(assessment.classification, table),
      shown,
      reading: assessment.analysis,
      // The draft's placeholders get their values back here, with the table its prompt was masked with.
      ...(trip.replyDraft !== undefined ? { replyDraft: trip.replyDraft && unmaskDraft(trip.replyDraft, table) } : {}),
    },
    metrics: usageMetrics(assessment.usage, assessment.failures.length),
    errors: assessment.failures.map((f) => ({ node: NODE, message: describeFallback(f.judgement, f.label, f.failure), at })),
  };
}

function unmaskQuotes(judgement: ClassificationJudgement, table: Pseudonyms): ClassificationJudgement {
  return {
    ...judgement,
    signals: judgement.signals.map((s) => ({ ...s, quote: table.restore(s.quote) })),
    question: judgement.question === null ? null : table.restore(judgement.question),
  };
}

function unmaskDraft(draft: DraftedReply, table: Pseudonyms): DraftedReply {
  return { ...draft, acknowledgement: table.restore(draft.acknowledgement), answer: draft.answer === null ? null : table.restore(draft.answer) };
}
