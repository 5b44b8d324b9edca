/**
 * The regression gate's reference: the rules engine's measured baseline on
 * the bundled dataset, the floors derived from it, and the critical misses
 * known at that time. test/evals/gate.test.ts enforces it; evals/RESULTS.md
 * explains it. Every number under BASELINE was copied from a real run
 * (the command is in BASELINE.command), none was typed in.
 */
import type { Headline } from "./scorers/scorecard.js";

export const BASELINE = {
  runId: "2026-11-26T02-27-13-rules",
  command: "npm run eval -- --json",
  /**
   * The tree it ran on: commit d803a28 plus the uncommitted engine-quality
   * work (category cues, the billing-from-faulty-data revenue family, the
   * decide node passing textReadByModel, the reply templates split per
   * language) and other engineers' uncommitted work outside the rules path
   * (evals/RESULTS.md, "Engine quality").
   */
  commit: "d803a28+uncommitted",
  metrics: {
    categoryAccuracy: 0.6435643564356436,
    categoryMacroF1: 0.6419641898046531,
    priorityAccuracy: 0.5676567656765676,
    priorityMacroF1: 0.5963755148426099,
    priorityWithinOne: 0.9702970297029703,
    decisionAccuracy: 0.9471947194719472,
    decisionMacroF1: 0.9018135128617933,
    teamAccuracy: 0.7491749174917491,
    teamMacroF1: 0.7649374163847849,
    teamRoutingAccuracy: 0.8360655737704918,
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
  // Raised where the 2026-11-26T02-27-13 run measured higher (the rest held
  // their value, so their floors stay): decision 0.947/0.901 → 0.92/0.88
  // (were 0.91/0.86), recall 1 → 0.98 (was 0.97), category 0.643/0.641 →
  // 0.62/0.62 (were 0.49/0.47), team 0.749 → 0.72 (was 0.62), team routing
  // 0.836 → 0.81 (was 0.76).
  decisionAccuracy: 0.92,
  decisionMacroF1: 0.88,
  escalationPrecision: 0.97,
  escalationRecall: 0.98,
  escalationF1: 0.97,
  categoryAccuracy: 0.62,
  categoryMacroF1: 0.62,
  priorityAccuracy: 0.54,
  priorityWithinOne: 0.95,
  teamAccuracy: 0.72,
  // Lowered once (0.86 → 0.76) when the policy work took the escalations it
  // is measured over from 35 to 120 (evals/RESULTS.md explains why that hid
  // no regression); raised again with the category work: 102 of 122
  // escalations routed to a labelled team, 10 of the 20 misroutes languages
  // the engine cannot read (general_support by design). Measured 0.836 − 0.02.
  teamRoutingAccuracy: 0.81,
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
