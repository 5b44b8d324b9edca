/**
 * Every scorer over one run, and the flat headline numbers that the terminal
 * table, `--json`, `--compare` and the regression gate read.
 */
import { CATEGORIES, DECISION_TYPES, PRIORITIES, SUPPORTED_LANGUAGES, TEAMS } from "../../src/domain/taxonomy.js";
import { isLabelled, type CaseResult, type LabelledCase, type Prediction } from "../case-result.js";
import type { Labels } from "../dataset-schema.js";
import { scoreField, type FieldScore, type LabelledPrediction } from "./classification.js";
import { scoreEscalation, type EscalationScore } from "./escalation.js";
import { scorePriorityWithinOne, type PriorityDistanceScore } from "./priority.js";
import { scoreReplies, type ReplyScore } from "./replies.js";
import { scoreTeamRouting, type RoutingScore } from "./routing.js";
import { scoreSlices, type Slices } from "./slices.js";
import { scoreUsage, type UsageScore } from "./usage.js";

export const SCORED_FIELDS = ["category", "priority", "decision", "team", "language"] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

export interface Scorecard {
  items: number;
  /** Labelled decision points (tickets plus labelled follow-ups). */
  cases: number;
  /** Invocations that failed or returned no decision. */
  failures: Array<{ id: string; error: string }>;
  fields: Record<ScoredField, FieldScore>;
  escalation: EscalationScore;
  priorityWithinOne: PriorityDistanceScore;
  teamRouting: RoutingScore;
  replies: ReplyScore;
  usage: UsageScore;
  slices: Slices;
}

const UNIVERSE: Record<ScoredField, readonly string[]> = {
  category: CATEGORIES,
  priority: PRIORITIES,
  decision: DECISION_TYPES,
  team: TEAMS,
  language: SUPPORTED_LANGUAGES,
};

function pairs(cases: readonly LabelledCase[], field: ScoredField): LabelledPrediction[] {
  const accepted = (labels: Labels): readonly string[] => {
    const value = labels[field];
    return Array.isArray(value) ? value : [value as string];
  };
  const predicted = (p: Prediction | null): string | null => (p ? p[field] : null);
  return cases.map((c) => ({ accepted: accepted(c.labels), predicted: predicted(c.predicted) }));
}

export function scoreRun(results: readonly CaseResult[]): Scorecard {
  const labelled = results.filter(isLabelled);
  const fields = Object.fromEntries(SCORED_FIELDS.map((field) => [field, scoreField(pairs(labelled, field), UNIVERSE[field])])) as Record<
    ScoredField,
    FieldScore
  >;
  return {
    items: new Set(results.map((r) => r.itemId)).size,
    cases: labelled.length,
    failures: results.filter((r) => r.error !== undefined).map((r) => ({ id: r.id, error: r.error as string })),
    fields,
    escalation: scoreEscalation(labelled),
    priorityWithinOne: scorePriorityWithinOne(labelled),
    teamRouting: scoreTeamRouting(labelled),
    replies: scoreReplies(labelled),
    usage: scoreUsage(results),
    slices: scoreSlices(labelled),
  };
}

/**
 * The numbers a run is judged by, flat and stable-named. Shares are 0–1;
 * null means "nothing to measure" (e.g. no escalations to check replies on).
 */
export interface Headline {
  categoryAccuracy: number | null;
  categoryMacroF1: number | null;
  priorityAccuracy: number | null;
  priorityMacroF1: number | null;
  priorityWithinOne: number | null;
  decisionAccuracy: number | null;
  decisionMacroF1: number | null;
  teamAccuracy: number | null;
  teamMacroF1: number | null;
  teamRoutingAccuracy: number | null;
  languageAccuracy: number | null;
  escalationPrecision: number | null;
  escalationRecall: number | null;
  escalationF1: number | null;
  overEscalationRate: number | null;
  criticalMissCount: number;
  replyAcknowledgesHandoff: number | null;
  replyNoFalsePromises: number | null;
  replySameLanguage: number | null;
  failures: number;
  llmCalls: number;
  promptTokens: number;
  completionTokens: number;
  latencyMeanMs: number | null;
  latencyP95Ms: number | null;
}

export function headline(card: Scorecard): Headline {
  const { fields, escalation, replies, usage } = card;
  return {
    categoryAccuracy: fields.category.accuracy,
    categoryMacroF1: fields.category.macroF1,
    priorityAccuracy: fields.priority.accuracy,
    priorityMacroF1: fields.priority.macroF1,
    priorityWithinOne: card.priorityWithinOne.rate,
    decisionAccuracy: fields.decision.accuracy,
    decisionMacroF1: fields.decision.macroF1,
    teamAccuracy: fields.team.accuracy,
    teamMacroF1: fields.team.macroF1,
    teamRoutingAccuracy: card.teamRouting.accuracy,
    languageAccuracy: fields.language.accuracy,
    escalationPrecision: escalation.precision,
    escalationRecall: escalation.recall,
    escalationF1: escalation.f1,
    overEscalationRate: escalation.overEscalationRate,
    criticalMissCount: escalation.criticalMisses.length,
    replyAcknowledgesHandoff: replies.acknowledgement.rate,
    replyNoFalsePromises: replies.falsePromises.rate,
    replySameLanguage: replies.language.rate,
    failures: card.failures.length,
    llmCalls: usage.llmCalls,
    promptTokens: usage.promptTokens,
    completionTokens: usage.completionTokens,
    latencyMeanMs: usage.latency.meanMs,
    latencyP95Ms: usage.latency.p95Ms,
  };
}

/** Metrics where a lower value is better; everything else in the headline is better higher (or neutral). */
export const LOWER_IS_BETTER: ReadonlySet<keyof Headline> = new Set<keyof Headline>([
  "overEscalationRate",
  "criticalMissCount",
  "failures",
  "llmCalls",
  "promptTokens",
  "completionTokens",
  "latencyMeanMs",
  "latencyP95Ms",
]);
