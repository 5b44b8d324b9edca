/**
 * The regression gate's reference: the rules engine's measured baseline on
 * the bundled dataset, the floors derived from it, and the critical misses
 * known at that time. test/evals/gate.test.ts enforces it; evals/RESULTS.md
 * explains it. Every number under BASELINE was copied from a real run
 * (the command is in BASELINE.command), none was typed in.
 */
import type { Headline } from "./scorers/scorecard.js";

export const BASELINE = {
  runId: "2026-11-25T23-28-46-rules",
  command: "npm run eval -- --json",
  /** The tree it ran on: commit d28f1c6 plus uncommitted engine work (since committed as b6566bd; re-run there, same scores). */
  commit: "d28f1c6+wip",
  metrics: {
    categoryAccuracy: 0.5115511551155115,
    categoryMacroF1: 0.4975450985074168,
    priorityAccuracy: 0.44884488448844884,
    priorityMacroF1: 0.3943748546983863,
    priorityWithinOne: 0.8646864686468647,
    decisionAccuracy: 0.7095709570957096,
    decisionMacroF1: 0.48242386734131826,
    teamAccuracy: 0.5742574257425742,
    teamMacroF1: 0.5815096947639499,
    teamRoutingAccuracy: 0.8857142857142857,
    languageAccuracy: 1,
    escalationPrecision: 0.8378378378378378,
    escalationRecall: 0.2767857142857143,
    escalationF1: 0.4161073825503356,
    overEscalationRate: 0.041379310344827586,
    criticalMissCount: 81,
    replyAcknowledgesHandoff: 1,
    replyNoFalsePromises: 1,
    replySameLanguage: 0.9894736842105263,
    failures: 0,
    llmCalls: 0,
    promptTokens: 0,
    completionTokens: 0,
  } satisfies Partial<Headline>,
};

/**
 * Floors: the baseline minus 0.02, cut down to two decimals (re-set on
 * 2026-11-26 from \`npm run eval -- --json\` after the recall work: decision
 * accuracy 0.937, escalation P/R 0.991/0.991, 1 critical miss). The engine is
 * deterministic, so the margin is not for noise: it lets a fix that trades
 * a case or two pass, while a real regression fails. A false promise is
 * never acceptable, so that floor is 1.
 */
export const FLOORS: Partial<Record<keyof Headline, number>> = {
  decisionAccuracy: 0.91,
  decisionMacroF1: 0.86,
  escalationPrecision: 0.97,
  escalationRecall: 0.97,
  escalationF1: 0.97,
  categoryAccuracy: 0.49,
  categoryMacroF1: 0.47,
  priorityAccuracy: 0.54,
  priorityWithinOne: 0.95,
  teamAccuracy: 0.62,
  // Re-set 2026-11-26: the first floor (0.86) was measured over the 35 tickets
  // the engine then escalated; after the recall work it escalates ~112 and
  // routes 78% of them to the labelled team (mostly unsupported-language
  // tickets going to general_support). Measured 0.783, floor = that − 0.02.
  teamRoutingAccuracy: 0.76,
  languageAccuracy: 0.98,
  replyAcknowledgesHandoff: 0.98,
  replySameLanguage: 0.96,
  replyNoFalsePromises: 1,
};

/** Ceilings for metrics where lower is better: baseline plus 0.02, rounded up to two decimals. */
export const CEILINGS: Partial<Record<keyof Headline, number>> = {
  overEscalationRate: 0.03, // measured 0.0069 (1/145) on 2026-11-26
  failures: 0,
};

/**
 * Critical misses the rules engine had at the baseline, with what it got
 * wrong. Reported to the lead with issue #7 ("Eval suite"); the engine is to
 * be fixed, not the labels. The gate fails on any critical miss NOT listed
 * here, and on a listed one that is fixed (delete its line then), so this
 * list only ever shrinks.
 */
export const KNOWN_CRITICAL_MISSES: Readonly<Record<string, string>> = {
  "PTH-004": "complex or high-impact problem: no path to specialist/scheduled escalation",
};
