/**
 * Runs the eval as a LangSmith experiment with the `langsmith` package's
 * evaluate(): each example's target runs the item through the agent (the
 * same runItem the offline path uses), so the agent's traces nest under the
 * experiment's runs through LangChain's tracing interop. Per-item feedback
 * and the run's headline metrics are attached as evaluator results; the
 * local scorecard is computed from the very same results.
 */
import type { Client } from "langsmith";
import { evaluate, type EvaluationResult } from "langsmith/evaluation";
import type { Example } from "langsmith/schemas";
import { escalates, isLabelled, type CaseResult } from "../case-result.js";
import type { EvalItem } from "../dataset-schema.js";
import type { EscalationAgent } from "../../src/agent/graph.js";
import { runItem } from "../runner.js";
import { headline, scoreRun } from "../scorers/scorecard.js";
import type { SyncedDataset } from "./sync-dataset.js";

export interface ExperimentOptions {
  client: Client;
  dataset: SyncedDataset;
  items: readonly EvalItem[];
  agent: EscalationAgent;
  model: string;
  metadata?: Record<string, unknown>;
  onItem?: (item: EvalItem, results: CaseResult[]) => void;
}

export interface ExperimentOutcome {
  /** In the items' order, exactly as the offline runner returns them. */
  results: CaseResult[];
  experimentName: string;
  /** Items evaluate() did not run (its target failed outside the agent); run locally afterwards, without a trace. */
  untraced: string[];
}

export async function runExperiment(options: ExperimentOptions): Promise<ExperimentOutcome> {
  const itemsById = new Map(options.items.map((item) => [item.id, item]));
  const collected = new Map<string, CaseResult[]>();
  const resultsOf = (example: Example) => collected.get(String(example.metadata?.item_id)) ?? [];

  // The function's name is the name of each example's run in LangSmith.
  const escalationAgent = async (inputs: Record<string, unknown>) => {
    const item = itemsById.get(String(inputs.item_id));
    if (!item) throw new Error(`example ${String(inputs.item_id)} is not in the local dataset`);
    const results = await runItem(options.agent, item, { model: options.model });
    collected.set(item.id, results);
    options.onItem?.(item, results);
    return {
      turns: results.map((r) => ({ id: r.id, predicted: r.predicted, reply: r.reply?.message ?? null, error: r.error ?? null })),
    };
  };

  const perItem = ({ example }: { example: Example }): EvaluationResult[] => {
    const labelled = resultsOf(example).filter(isLabelled);
    const decisionRight = labelled.filter((c) => c.predicted && c.labels.decision.includes(c.predicted.decision)).length;
    const misses = labelled.filter((c) => c.labels.must_escalate === true && !escalates(c.predicted?.decision));
    return [
      { key: "decision_correct", score: share(decisionRight, labelled.length) },
      { key: "critical_miss", score: misses.length > 0 ? 1 : 0, ...(misses.length ? { comment: misses.map((m) => m.id).join(", ") } : {}) },
      { key: "category_correct", score: share(labelled.filter((c) => c.predicted?.category === c.labels.category).length, labelled.length) },
    ];
  };

  const ordered = () => options.items.flatMap((item) => collected.get(item.id) ?? []);

  // Runs after every example: the run's headline metrics, computed exactly as offline.
  const summary = (): EvaluationResult[] => Object.entries(headline(scoreRun(ordered()))).map(([key, value]) => ({ key, score: value }));

  const experiment = await evaluate(escalationAgent, {
    data: options.dataset.examples,
    evaluators: [perItem],
    summaryEvaluators: [summary],
    client: options.client,
    experimentPrefix: `escalation-${options.model.replace(/[^A-Za-z0-9._-]+/g, "_")}`,
    metadata: { model: options.model, ...options.metadata },
    // One at a time, like the offline runner, so both paths give the same results.
    maxConcurrency: 1,
  });
  await options.client.awaitPendingTraceBatches();
  // The scorecard must cover every item, even one LangSmith could not run.
  const untraced = options.items.filter((item) => !collected.has(item.id)).map((item) => item.id);
  for (const id of untraced) {
    const item = itemsById.get(id) as EvalItem;
    const results = await runItem(options.agent, item, { model: options.model });
    collected.set(id, results);
    options.onItem?.(item, results);
  }
  return { results: ordered(), experimentName: experiment.experimentName, untraced };
}

function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
