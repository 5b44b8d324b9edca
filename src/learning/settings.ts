/**
 * Operator control over learning, kept in the store beside the outcomes so
 * every process sharing the database sees it: freeze (the policy stops
 * taking in new verdicts), unfreeze, reset (the policy forgets every verdict
 * given so far). Verdicts themselves are never deleted — the report still
 * counts them — the settings only decide which ones the policy reads.
 */
import type { BaseStore } from "@langchain/langgraph";
import { z } from "zod";
import type { OutcomeRecord } from "../nodes/learn/outcome-record.js";

export const LEARNING_NAMESPACE = ["learning"] as const;
const SETTINGS_KEY = "settings";

export const LearningSettings = z.object({
  /** While set, only verdicts given up to this time count. */
  frozenAt: z.string().nullable().default(null),
  /** Verdicts given up to this time are ignored. */
  resetAt: z.string().nullable().default(null),
});
export type LearningSettings = z.infer<typeof LearningSettings>;

export async function loadSettings(store: BaseStore): Promise<LearningSettings> {
  const item = await store.get([...LEARNING_NAMESPACE], SETTINGS_KEY);
  const parsed = LearningSettings.safeParse(item?.value ?? {});
  return parsed.success ? parsed.data : LearningSettings.parse({});
}

export async function saveSettings(store: BaseStore, settings: LearningSettings): Promise<void> {
  await store.put([...LEARNING_NAMESPACE], SETTINGS_KEY, settings);
}

/** Whether the policy may learn from this record's verdict under the settings. */
export function countsForLearning(record: OutcomeRecord, settings: LearningSettings): boolean {
  const at = record.verdict?.resolvedAt;
  if (!at) return false;
  if (settings.resetAt && at <= settings.resetAt) return false;
  if (settings.frozenAt && at > settings.frozenAt) return false;
  return true;
}
