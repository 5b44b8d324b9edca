/**
 * The regression gate's reference: the rules engine's measured baseline on
 * the bundled dataset, the floors derived from it, and the critical misses
 * known at that time. test/evals/gate.test.ts enforces it; evals/RESULTS.md
 * explains it. Every number under BASELINE was copied from a real run
 * (the command is in BASELINE.command), none was typed in.
 */
import type { Headline } from "./scorers/scorecard.js";

export const BASELINE = {
  runId: "2026-11-26T03-49-17-rules",
  command: "npm run eval -- --json",
  /**
   * The tree it ran on: commit 81440b5 plus the uncommitted priority ladder
   * work of 2026-11-26 03:47 UTC (evals/RESULTS.md, "Priority: questions,
   * the free plan, calm relationship signals, unrecoverable data loss");
   * only the priority metrics moved. Before it: 2026-11-26T03-42-43-rules
   * on 81440b5 (a clean tree), equal in every score to
   * 2026-11-26T03-31-38-rules: commit ca32714 plus the then uncommitted
   * product / feature_request cue work of 2026-11-26 03:30 UTC
   * (evals/RESULTS.md, "Category: product and feature_request") and other
   * engineers' uncommitted work outside the rules path (bench/load). Before:
   * 2026-11-26T03-03-25-rules on d9ed4f6 with the conversation and security
   * work, whose scores 2026-11-26T03-25-13-rules reproduced on d74f2db.
   */
  commit: "81440b5+uncommitted",
  metrics: {
    categoryAccuracy: 0.7986798679867987,
    categoryMacroF1: 0.8116082315455998,
    priorityAccuracy: 0.8118811881188119,
    priorityMacroF1: 0.742356197782795,
    priorityWithinOne: 0.9702970297029703,
    decisionAccuracy: 0.9471947194719472,
    decisionMacroF1: 0.9024227587417574,
    teamAccuracy: 0.8316831683168316,
    teamMacroF1: 0.8345167839904682,
    teamRoutingAccuracy: 0.8455284552845529,
    languageAccuracy: 1,
    escalationPrecision: 0.9911504424778761,
    escalationRecall: 1,
    escalationF1: 0.9955555555555555,
    overEscalationRate: 0.006896551724137931,
    criticalMissCount: 0,
    replyAcknowledgesHandoff: 1,
    replyNoFalsePromises: 1,
    replySameLanguage: 0.9929078014184397,
    failures: 0,
    llmCalls: 0,
    promptTokens: 0,
    completionTokens: 0,
  } satisfies Partial<Headline>,
};

/**
 * Floors: the baseline minus 0.02, cut down to two decimals. The engine is
 * deterministic, so the margin is not for noise: it lets a fix that trades
 * a case or two pass, while a real regression fails. A false promise is
 * never acceptable, so that floor is 1.
 */
export const FLOORS: Partial<Record<keyof Headline, number>> = {
  // Raised where the 2026-11-26T03-49-17 run (priority ladder) measured
  // higher than 2026-11-26T03-42-43: priority 0.5643 → 0.8118, floor 0.79
  // (was 0.54). Every other metric held its value to the digit.
  // Raised where the 2026-11-26T03-31-38 run (product / feature_request cues)
  // measured higher than 2026-11-26T03-25-13: category 0.798/0.811 →
  // 0.77/0.79 (were 0.71/0.71), team 0.831 → 0.81 (was 0.76). Priority fell
  // (0.5676 → 0.5643, net one decision point); its floor stays at 0.54.
  // Before that, where the 2026-11-26T03-03-25 run measured higher than
  // 2026-11-26T02-57-12 (the rest held their value, so their floors stay):
  // category 0.732/0.731 → 0.71/0.71 (were 0.62/0.62), team 0.785 → 0.76
  // (was 0.72), team routing 0.845 → 0.82 (was 0.81). Decision macro-F1 rose
  // from 0.9018 to 0.9024, which leaves its floor at 0.88. Before that, with
  // the 2026-11-26T02-27-13 run: decision 0.92/0.88 (were 0.91/0.86), recall
  // 0.98 (was 0.97).
  decisionAccuracy: 0.92,
  decisionMacroF1: 0.88,
  escalationPrecision: 0.97,
  escalationRecall: 0.98,
  escalationF1: 0.97,
  categoryAccuracy: 0.77,
  categoryMacroF1: 0.79,
  priorityAccuracy: 0.79,
  priorityWithinOne: 0.95,
  teamAccuracy: 0.81,
  // Lowered once (0.86 → 0.76) when the policy work took the escalations it
  // is measured over from 35 to 120 (evals/RESULTS.md explains why that hid
  // no regression); raised again with the category work: 102 of 122
  // escalations routed to a labelled team (0.81), then 104 of 123 with the
  // conversation and security work, 10 of the 19 misroutes languages the
  // engine cannot read (general_support by design). Measured 0.845 − 0.02.
  teamRoutingAccuracy: 0.82,
  languageAccuracy: 0.98,
  replyAcknowledgesHandoff: 0.98,
  replySameLanguage: 0.97,
  replyNoFalsePromises: 1,
};

/** Ceilings for metrics where lower is better: baseline plus 0.02, rounded up to two decimals. */
export const CEILINGS: Partial<Record<keyof Headline, number>> = {
  overEscalationRate: 0.03, // measured 0.0069: 1 of 145 must-not cases (MT-012#1)
  failures: 0,
};

/**
 * Critical misses the rules engine had at the baseline, with what it got
 * wrong (81 at the first baseline, reported to the lead with issue #7 "Eval
 * suite"; all fixed since, the last one, PTH-004, by the category and
 * revenue-signal work, see evals/RESULTS.md). The engine is to be fixed,
 * not the labels. The gate fails on any critical miss NOT listed here, and
 * on a listed one that is fixed (delete its line then), so this list only
 * ever shrinks.
 */
export const KNOWN_CRITICAL_MISSES: Readonly<Record<string, string>> = {};
