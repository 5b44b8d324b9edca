/**
 * Operator control over learning, kept in the store beside the outcomes so
 * every process sharing the database sees it: freeze (the policy stops
 * taking in new verdicts), unfreeze, reset (the policy forgets every verdict
 * given so far), the guard's money line and the share of learned "no"s
 * sampled for review. Verdicts themselves are never deleted — the report
 * still counts them — the settings only decide which ones the policy reads.
 */
import type { BaseStore } from "@langchain/langgraph";
import { z } from "zod";
import type { OutcomeRecord } from "../domain/outcome-record.js";
import { DEFAULT_MONEY_LINE } from "./harm.js";
import { isTrustedSource, type VerdictSource } from "./trust.js";

export const LEARNING_NAMESPACE = ["learning"] as const;
const SETTINGS_KEY = "settings";

/** One in ten: enough to notice a threshold that learned wrong within days, few enough not to undo what it saves. */
export const DEFAULT_REVIEW_SHARE = 0.1;

export const LearningSettings = z.object({
  /** While set, only verdicts given up to this time count. */
  frozenAt: z.string().nullable().default(null),
  /** Verdicts given up to this time are ignored. */
  resetAt: z.string().nullable().default(null),
  /** Amounts above this are harm evidence (harm.ts). */
  moneyLine: z.number().positive().default(DEFAULT_MONEY_LINE),
  /** Share of the tickets a learned threshold kept with the bot that go to the review queue (review-queue.ts). */
  reviewShare: z.number().min(0).max(1).default(DEFAULT_REVIEW_SHARE),
});
export type LearningSettings = z.infer<typeof LearningSettings>;

export async function loadSettings(store: BaseStore): Promise<LearningSettings> {
  const item = await store.get([...LEARNING_NAMESPACE], SETTINGS_KEY);
  const parsed = LearningSettings.safeParse(item?.value ?? {});
  return parsed.success ? parsed.data : LearningSettings.parse({});
}

export async function saveSettings(store: BaseStore, settings: Partial<LearningSettings>): Promise<void> {
  await store.put([...LEARNING_NAMESPACE], SETTINGS_KEY, LearningSettings.parse(settings));
}

/**
 * Whether the policy may learn from this record's verdict under the settings
 * and ESCALATION_LEARNING_TRUST (Settings.learning.trust: null trusts every source; trust.ts).
 */
export function countsForLearning(record: OutcomeRecord, settings: LearningSettings, trusted: ReadonlySet<VerdictSource> | null): boolean {
  const at = record.verdict?.resolvedAt;
  if (!at) return false;
  if (settings.resetAt && at <= settings.resetAt) return false;
  if (settings.frozenAt && at > settings.frozenAt) return false;
  return isTrustedSource(record.verdict?.author, trusted);
}
