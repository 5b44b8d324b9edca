/**
 * Runs eval items through the real agent: the ticket first, then each
 * follow-up as a customer message on the same thread, timing every
 * invocation. The agent gets an in-memory checkpointer and store and an
 * outbox in a temp folder, so an eval never touches .escalation/.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";
import { isHumanOwned } from "../src/domain/human.js";
import type { Metrics } from "../src/domain/triage.js";
import { createEscalationAgent, type EscalationAgent, type EscalationAgentOptions } from "../src/agent/graph.js";
import type { TriageResult } from "../src/runtime/output.js";
import { ThreadClient } from "../src/runtime/thread-client.js";
import { triageTicket } from "../src/runtime/triage.js";
import { OutboxChannels } from "../src/delivery/outbox.js";
import { caseId, type CaseResult, type Prediction, type Usage } from "./case-result.js";
import type { EvalItem } from "./dataset-schema.js";

export interface EvalAgent {
  agent: EscalationAgent;
  /** Removes the temp outbox. */
  dispose(): void;
}

/** Routing and taxonomy may be changed (e.g. a team's own config); storage never is. */
export type EvalAgentOptions = Pick<EscalationAgentOptions, "routing" | "taxonomy" | "knowledgeBaseDir">;

export function createEvalAgent(options: EvalAgentOptions = {}): EvalAgent {
  const outbox = mkdtempSync(join(tmpdir(), "esc-eval-outbox-"));
  const agent = createEscalationAgent({
    ...options,
    checkpointer: new MemorySaver(),
    store: new InMemoryStore(),
    channels: new OutboxChannels(outbox),
  });
  return { agent, dispose: () => rmSync(outbox, { recursive: true, force: true }) };
}

export interface RunItemOptions {
  /** `rules` or `openai:<model>`; passed as the run's context. */
  model: string;
}

/** Runs one item's turns in order on its own thread; one result per invocation. */
export async function runItem(agent: EscalationAgent, item: EvalItem, options: RunItemOptions): Promise<CaseResult[]> {
  const threadId = item.id;
  const ticket = { ...item.ticket, id: item.ticket.id ?? item.id };
  const client = new ThreadClient(agent, undefined, { model: options.model });
  const results: CaseResult[] = [];
  let before: TriageResult | null = null;

  const turns = [{ labels: item.labels, message: null as string | null }, ...item.turns.map((t) => ({ labels: t.labels ?? null, message: t.message }))];
  for (const [turn, { labels, message }] of turns.entries()) {
    const forwarded = before !== null && isHumanOwned(before.status);
    const base = {
      id: caseId(item.id, turn),
      itemId: item.id,
      turn,
      labels,
      tier: ticket.customerTier ?? "unknown",
      tags: item.tags,
      subject: ticket.subject ?? "",
      forwarded,
    } as const;
    const started = performance.now();
    try {
      const result =
        message === null ? await triageTicket(agent, ticket, { threadId, context: { model: options.model } }) : await client.message(threadId, message);
      const latencyMs = performance.now() - started;
      const predicted = toPrediction(result);
      results.push({
        ...base,
        predicted,
        reply: result.response ? { message: result.response.message, type: result.response.type, language: result.response.language } : null,
        usage: usageDelta(before?.metrics, result.metrics),
        latencyMs,
        ...(predicted ? {} : { error: "the run ended without a classification and a decision" }),
      });
      before = result;
    } catch (error) {
      results.push({
        ...base,
        predicted: null,
        reply: null,
        usage: { llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 },
        latencyMs: performance.now() - started,
        error: (error as Error).message ?? String(error),
      });
      // A thread that failed once says nothing reliable about its later turns.
      break;
    }
  }
  return results;
}

export interface RunDatasetOptions extends RunItemOptions {
  agent?: EvalAgentOptions;
  /** Called after each item, e.g. to move a progress bar. */
  onItem?: (item: EvalItem, results: CaseResult[]) => void;
}

/** Every item, one after another (each item's turns depend on the one before). */
export async function runDataset(items: readonly EvalItem[], options: RunDatasetOptions): Promise<CaseResult[]> {
  const { agent, dispose } = createEvalAgent(options.agent);
  try {
    const all: CaseResult[] = [];
    for (const item of items) {
      const results = await runItem(agent, item, options);
      all.push(...results);
      options.onItem?.(item, results);
    }
    return all;
  } finally {
    dispose();
  }
}

function toPrediction(result: TriageResult): Prediction | null {
  const { classification: c, decision: d } = result;
  if (!c || !d) return null;
  return { category: c.category, priority: c.priority, decision: d.type, team: d.targetTeam, language: c.language, issueType: c.issueType, reasons: d.reasons };
}

/** The thread's metrics add up over its runs; a turn's own cost is the difference. */
export function usageDelta(before: Metrics | undefined, after: Metrics): Usage {
  return {
    llmCalls: after.llmCalls - (before?.llmCalls ?? 0),
    promptTokens: after.promptTokens - (before?.promptTokens ?? 0),
    completionTokens: after.completionTokens - (before?.completionTokens ?? 0),
    fallbacks: after.fallbacks - (before?.fallbacks ?? 0),
  };
}
