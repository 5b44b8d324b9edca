/**
 * `eval --learn-from`: the same held-out items scored twice — by an agent
 * that has learned nothing, and by one that was first fed a history with
 * verdicts — so the difference is what learning did.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { CaseResult } from "../case-result.js";
import type { EvalItem } from "../dataset-schema.js";
import { createEvalAgent, runItem, type EvalAgentOptions } from "../runner.js";
import type { EvalReplay } from "../../src/learning/apply.js";
import { adjustmentsOfApplied, readApplied } from "../../src/learning/in-force.js";
import { describeAdjustment } from "../../src/learning/segment-calibration.js";
import { feedHistory, type FeedSummary } from "./feed.js";
import type { HistoryRow } from "./history.js";

export interface LearningRunOptions {
  items: readonly EvalItem[];
  history: readonly HistoryRow[];
  model: string;
  agent?: EvalAgentOptions;
  onItem?: (item: EvalItem) => void;
  onHistoryRow?: (row: HistoryRow) => void;
  /** The eval half of the learning gate; the bundled set when absent (evals/learning/gate-replay.ts). */
  evalReplay?: EvalReplay;
}

export interface LearningRun {
  withoutLearning: CaseResult[];
  withLearning: CaseResult[];
  feed: FeedSummary;
  /** The segment thresholds the history moved, as the decisions' reasons word them. */
  learned: string[];
}

async function scoreItems(
  options: LearningRunOptions,
  history: readonly HistoryRow[],
): Promise<{ results: CaseResult[]; feed: FeedSummary; learned: string[] }> {
  const { agent, dispose } = createEvalAgent(options.agent);
  try {
    const store = agent.store as BaseStore;
    const feed = await feedHistory(agent, store, history, {
      model: options.model,
      ...(options.onHistoryRow ? { onRow: options.onHistoryRow } : {}),
      ...(options.evalReplay ? { evalReplay: options.evalReplay } : {}),
    });
    const learned = await learnedAdjustments(store);
    const results: CaseResult[] = [];
    for (const item of options.items) {
      results.push(...(await runItem(agent, item, { model: options.model })));
      options.onItem?.(item);
    }
    return { results, feed, learned };
  } finally {
    dispose();
  }
}

/** The segment thresholds in force (applied proposals), as the decisions' reasons word them. */
export async function learnedAdjustments(store: BaseStore): Promise<string[]> {
  const applied = (await readApplied(store)).sort((a, b) => a.segment.localeCompare(b.segment) || a.threshold.localeCompare(b.threshold));
  return applied.flatMap((a) => adjustmentsOfApplied([a]).map((adjustment) => describeAdjustment(a.segment, adjustment)));
}

export async function evaluateWithLearning(options: LearningRunOptions): Promise<LearningRun> {
  const without = await scoreItems(options, []);
  const withHistory = await scoreItems(options, options.history);
  return { withoutLearning: without.results, withLearning: withHistory.results, feed: withHistory.feed, learned: withHistory.learned };
}
