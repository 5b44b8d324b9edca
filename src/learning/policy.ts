/**
 * The learned policy around the rules engine's deliberation: the segment's
 * thresholds calibrated from verdicts (segment-calibration.ts), the
 * decision taken with them, a reason added when that changed the outcome,
 * and the similar resolved cases a model may be shown. Hard triggers never
 * come here (analyze decides them), so learning cannot soften them.
 */
import type { BaseStore } from "@langchain/langgraph";
import { segmentOf } from "../nodes/learn/outcome-record.js";
import { deliberate, type DecisionInput, type RulesDecision } from "../rules/decision.js";
import type { CaseEmbedder } from "./embeddings.js";
import { LEARNABLE_THRESHOLDS, type LearnableThreshold } from "./learnable.js";
import { readOutcomes } from "./outcomes.js";
import type { PolicyTrace } from "./policy-trace.js";
import { adjustmentsOf, applyCalibration, calibrateSegment, describeAdjustment, type SegmentCalibration } from "./segment-calibration.js";
import { countsForLearning, loadSettings } from "./settings.js";
import { similarCases, type SimilarCase } from "./similar-cases.js";

/** Three examples: enough to show a model the segment's pattern, few enough to keep the prompt short. */
export const DEFAULT_SIMILAR_CASES = 3;

export type Deliberation = (input: DecisionInput) => RulesDecision;

export interface LearnedPolicyOptions {
  /** The ticket being decided (excluded from its own similar cases). */
  ticketId?: string;
  /** Technical terms found in the ticket, for the similar-case search. */
  terms?: readonly string[];
  similarCases?: number;
  embedder?: CaseEmbedder;
  /** The rules' deliberation; injectable for tests. */
  deliberation?: Deliberation;
}

export interface LearnedDecision {
  decision: RulesDecision;
  /** null without a store: nothing was learned and nothing will be recorded. */
  trace: PolicyTrace | null;
  /** Resolved cases like this one, for a model's prompt. */
  examples: SimilarCase[];
  calibration: SegmentCalibration | null;
}

const escalates = (d: RulesDecision) => d.type !== "no_escalation";

/**
 * The thresholds whose value decides whether this ticket escalates: set to 0
 * (everything passes) and to 101 (above any 0–100 score, nothing passes),
 * the ticket escalates in one case and not in the other. Only their verdicts
 * say anything about where those thresholds should sit.
 */
export function governingThresholds(input: DecisionInput, deliberation: Deliberation = deliberate): LearnableThreshold[] {
  return LEARNABLE_THRESHOLDS.filter((name) => {
    const low = deliberation({ ...input, thresholds: { ...input.thresholds, [name]: 0 } });
    const high = deliberation({ ...input, thresholds: { ...input.thresholds, [name]: 101 } });
    return escalates(low) !== escalates(high);
  });
}

function thresholdValues(input: DecisionInput): Record<LearnableThreshold, number> {
  return Object.fromEntries(LEARNABLE_THRESHOLDS.map((n) => [n, input.thresholds[n]])) as Record<LearnableThreshold, number>;
}

export async function decideWithLearning(store: BaseStore | undefined, input: DecisionInput, options: LearnedPolicyOptions = {}): Promise<LearnedDecision> {
  const deliberation = options.deliberation ?? deliberate;
  const byDefault = deliberation(input);
  if (!store) return { decision: byDefault, trace: null, examples: [], calibration: null };

  const segment = segmentOf(input.classification);
  const settings = await loadSettings(store);
  const verdicts = (await readOutcomes(store, { verdict: { $ne: null } })).filter((r) => countsForLearning(r, settings));
  const calibration = calibrateSegment(
    segment,
    verdicts.filter((r) => r.segment === segment),
    input.thresholds,
  );
  const learnedInput = { ...input, thresholds: applyCalibration(input.thresholds, calibration) };
  const learned = deliberation(learnedInput);
  const governedBy = governingThresholds(learnedInput, deliberation);
  const adjustments = adjustmentsOf(calibration);
  const changedOutcome = learned.type !== byDefault.type;

  // Unchanged, the default decision stands as it was, its reasons naming
  // the default thresholds; changed, the reasons say what was learned.
  const decision: RulesDecision = changedOutcome
    ? {
        ...learned,
        reasons: [...learned.reasons, ...adjustments.filter((a) => governedBy.includes(a.threshold)).map((a) => describeAdjustment(segment, a))],
      }
    : byDefault;

  const examples = await similarCases(store, input.classification, options.similarCases ?? DEFAULT_SIMILAR_CASES, {
    ...(options.ticketId ? { excludeTicketId: options.ticketId } : {}),
    ...(options.terms ? { terms: options.terms } : {}),
    ...(options.embedder ? { embedder: options.embedder } : {}),
    settings,
    candidates: verdicts,
  });

  return {
    decision,
    trace: {
      segment,
      governedBy,
      thresholds: thresholdValues(learnedInput),
      adjustments,
      changedOutcome,
      similarCases: examples.map((e) => e.ticketId),
      frozen: settings.frozenAt !== null,
    },
    examples,
    calibration,
  };
}
