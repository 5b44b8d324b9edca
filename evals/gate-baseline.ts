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
 * Floors: the baseline minus 0.02, cut down to two decimals. The engine is
 * deterministic, so the margin is not for noise: it lets a fix that trades
 * a case or two pass, while a real regression fails. A false promise is
 * never acceptable, so that floor is 1.
 */
export const FLOORS: Partial<Record<keyof Headline, number>> = {
  decisionAccuracy: 0.68,
  decisionMacroF1: 0.46,
  escalationPrecision: 0.81,
  escalationRecall: 0.25,
  escalationF1: 0.39,
  categoryAccuracy: 0.49,
  categoryMacroF1: 0.47,
  priorityAccuracy: 0.42,
  priorityWithinOne: 0.84,
  teamAccuracy: 0.55,
  teamRoutingAccuracy: 0.86,
  languageAccuracy: 0.98,
  replyAcknowledgesHandoff: 0.98,
  replySameLanguage: 0.96,
  replyNoFalsePromises: 1,
};

/** Ceilings for metrics where lower is better: baseline plus 0.02, rounded up to two decimals. */
export const CEILINGS: Partial<Record<keyof Headline, number>> = {
  overEscalationRate: 0.07,
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
  "LNG-JA-001": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-JA-003": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-JA-005": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-JA-006": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-RU-002": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-RU-003": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-RU-005": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-RU-006": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-ZH-002": "no signal patterns for this language (ja, ru, zh, pt)",
  "LNG-PT-001": "no signal patterns for this language (ja, ru, zh, pt)",
  "TEC-003": "outage not recognised",
  "TEC-011": "outage not recognised",
  "TEC-020": "outage not recognised",
  "INT-004": "outage not recognised",
  "LNG-DE-002": "outage not recognised",
  "TRK-018": "outage not recognised",
  "MT-008#1": "outage not recognised",
  "TEC-012": "data loss not recognised",
  "LNG-ES-002": "data loss not recognised",
  "BUG-007": "data loss not recognised",
  "INT-007": "data loss not recognised",
  "MT-011#1": "data loss not recognised",
  "SEC-002": "security incident not recognised",
  "SEC-003": "security incident not recognised",
  "SEC-006": "security incident not recognised",
  "SEC-009": "security incident not recognised",
  "SEC-011": "security incident not recognised",
  "SEC-016": "security incident not recognised",
  "TRK-020": "security incident not recognised",
  "LNG-DE-007": "security incident not recognised",
  "LNG-FR-007": "security incident not recognised",
  "MT-007#1": "security incident not recognised",
  "BUG-005": "security incident not recognised",
  "BUG-012": "security incident not recognised",
  "BIL-012": "chargeback (threat) not recognised",
  "LNG-FR-003": "chargeback (threat) not recognised",
  "BIL-006": "relationship risk (executive, churn, public, repeat) not recognised",
  "BUG-009": "relationship risk (executive, churn, public, repeat) not recognised",
  "PRD-005": "relationship risk (executive, churn, public, repeat) not recognised",
  "PRD-013": "relationship risk (executive, churn, public, repeat) not recognised",
  "FEA-005": "relationship risk (executive, churn, public, repeat) not recognised",
  "FEA-008": "relationship risk (executive, churn, public, repeat) not recognised",
  "TEC-018": "relationship risk (executive, churn, public, repeat) not recognised",
  "ACC-015": "relationship risk (executive, churn, public, repeat) not recognised",
  "LNG-ES-005": "relationship risk (executive, churn, public, repeat) not recognised",
  "LNG-FR-010": "relationship risk (executive, churn, public, repeat) not recognised",
  "PTH-012": "relationship risk (executive, churn, public, repeat) not recognised",
  "PTH-013": "relationship risk (executive, churn, public, repeat) not recognised",
  "MT-004": "relationship risk (executive, churn, public, repeat) not recognised",
  "MT-013#1": "relationship risk (executive, churn, public, repeat) not recognised",
  "TEC-005": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "TEC-007": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "TEC-014": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "INT-002": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "INT-006": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "INT-010": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "INT-014": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "INT-016": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "BUG-003": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "BUG-014": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "BUG-017": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "LNG-DE-008": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "LNG-ES-007": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "PTH-002": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "PTH-003": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "PTH-004": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "PTH-005": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "MT-011": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "SEC-012": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "TRK-021": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "TRK-022": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "TRK-027": "complex or high-impact problem: no path to specialist/scheduled escalation",
  "ACC-003": "request only a person can carry out: no rule for it",
  "ACC-010": "request only a person can carry out: no rule for it",
  "ACC-018": "request only a person can carry out: no rule for it",
  "BIL-005": "request only a person can carry out: no rule for it",
  "BIL-014": "request only a person can carry out: no rule for it",
  "BIL-015": "request only a person can carry out: no rule for it",
  "PTH-008": "request only a person can carry out: no rule for it",
  "PTH-009": "request only a person can carry out: no rule for it",
  "GEN-014": "request only a person can carry out: no rule for it",
};
