/**
 * The regression gate's reference: the rules engine's measured baseline on
 * the bundled dataset, the floors derived from it, and the critical misses
 * known at that time. test/evals/gate.test.ts enforces it; evals/RESULTS.md
 * explains it. Every number under BASELINE was copied from a real run
 * (the command is in BASELINE.command), none was typed in.
 */
import type { Headline } from "./scorers/scorecard.js";

export const BASELINE = {
  runId: "2026-11-26T00-52-36-rules",
  command: "npm run eval -- --json",
  /**
   * The tree it ran on: the working tree that was committed as 8fe02fe 21 s
   * after the run started (signal-pattern work and the decision-policy work
   * together); re-run on the clean commit, same scores (evals/RESULTS.md).
   */
  commit: "8fe02fe",
  metrics: {
    categoryAccuracy: 0.5115511551155115,
    categoryMacroF1: 0.4975450985074168,
    priorityAccuracy: 0.5676567656765676,
    priorityMacroF1: 0.5980487946690036,
    priorityWithinOne: 0.9702970297029703,
    decisionAccuracy: 0.9372937293729373,
    decisionMacroF1: 0.8833088121486969,
    teamAccuracy: 0.6468646864686468,
    teamMacroF1: 0.686480005320455,
    teamRoutingAccuracy: 0.7833333333333333,
    languageAccuracy: 1,
    escalationPrecision: 0.9910714285714286,
    escalationRecall: 0.9910714285714286,
    escalationF1: 0.9910714285714286,
    overEscalationRate: 0.006896551724137931,
    criticalMissCount: 1,
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
  // The one floor set lower than before (0.86 → 0.76), and why it hides no
  // regression: the old 0.886 was 31 of the 35 tickets the engine then
  // escalated; now it escalates 120 and routes 94 to a labelled team (three
  // times as many correct routings). No ticket that was escalated to the
  // right team before goes to a wrong one by policy: the one exception,
  // MT-004#1, is a follow-up on a thread now escalated at its first message
  // (labelled so), which the agent forwards to the owning human unchanged.
  // Of the 26 misroutes, 11 are languages the engine cannot read (sent to the
  // category team, i.e. general_support, by design) and most others follow
  // a misread category (src/rules/category/). Measured 0.783 − 0.02.
  teamRoutingAccuracy: 0.76,
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
 * suite"; 80 fixed since, see evals/RESULTS.md). The engine is to be fixed,
 * not the labels. The gate fails on any critical miss NOT listed
 * here, and on a listed one that is fixed (delete its line then), so this
 * list only ever shrinks.
 */
export const KNOWN_CRITICAL_MISSES: Readonly<Record<string, string>> = {
  "PTH-004":
    "defect read as billing (formula rounding) and its revenue impact ('we invoice our clients from these numbers') not recognised, so no specialist path applies",
};
