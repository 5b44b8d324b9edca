/**
 * The learned policy around the rules engine's deliberation: the segment's
 * applied thresholds (in-force.ts — proposals someone or the gate applied),
 * the decision taken with them unless the ticket shows harm evidence
 * (harm.ts: then the defaults decide), a reason saying which, and the
 * similar resolved cases a model may be shown. Hard triggers never come
 * here (analyze decides them), so learning cannot soften them.
 */
import type { VerdictSource } from "./trust.js";
import type { BaseStore } from "@langchain/langgraph";
import { segmentOf } from "../domain/outcome-record.js";
import { deliberate } from "../rules/decision.js";
import type { DecisionInput, RulesDecision } from "../rules/rules-decision.js";
import type { CaseEmbedder } from "./embeddings.js";
import { LEARNABLE_THRESHOLDS, type LearnableThreshold } from "./learnable.js";
import { harmEvidence } from "./harm.js";
import { adjustmentsOfApplied, readAppliedFor, withApplied } from "./in-force.js";
import { readOutcomes } from "./outcomes.js";
import type { PolicyTrace } from "../domain/policy-trace.js";
import { describeAdjustment, describeGuard } from "./segment-calibration.js";
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
  /** The sources whose verdicts count (ESCALATION_LEARNING_TRUST, from the settings); every source when absent or null. */
  trusted?: ReadonlySet<VerdictSource> | null;
}

export interface LearnedDecision {
  decision: RulesDecision;
  /** null without a store: nothing was learned and nothing will be recorded. */
  trace: PolicyTrace | null;
  /** Resolved cases like this one, for a model's prompt. */
  examples: SimilarCase[];
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
  if (!store) return { decision: byDefault, trace: null, examples: [] };

  const segment = segmentOf(input.classification);
  // Three independent reads, asked at once: the graph's store batches what is
  // asked together, and each batch waits for a timer tick (AsyncBatchedStore).
  const [settings, outcomes, applied] = await Promise.all([
    loadSettings(store),
    readOutcomes(store, { verdict: { $ne: null } }),
    // Only applied proposals are in force (in-force.ts): verdicts alone change nothing.
    readAppliedFor(store, segment),
  ]);
  const verdicts = outcomes.filter((r) => countsForLearning(r, settings, options.trusted ?? null));
  const adjustments = adjustmentsOfApplied(applied);
  const guard = harmEvidence({
    classification: input.classification,
    frustration: input.analysis.frustration,
    managementFrustration: input.thresholds.managementFrustration,
    moneyLine: settings.moneyLine,
  });
  // With harm evidence the default policy decides, whatever was learned.
  const used = guard.length > 0 ? input : { ...input, thresholds: withApplied(input.thresholds, applied) };
  const learned = guard.length > 0 ? byDefault : deliberation(used);
  const governedBy = governingThresholds(used, deliberation);
  const relevant = adjustments.filter((a) => governedBy.includes(a.threshold));
  const changedOutcome = learned.type !== byDefault.type;

  // The reasons cite the thresholds in force (the learned decision's own),
  // and say where a learned one came from — or why it was not applied.
  const note = guard.length > 0 ? relevant.map((a) => describeGuard(segment, a, guard)) : relevant.map((a) => describeAdjustment(segment, a));
  const decision: RulesDecision = note.length > 0 ? { ...learned, reasons: [...learned.reasons, ...note] } : learned;

  const examples = await similarCases(store, input.classification, options.similarCases ?? DEFAULT_SIMILAR_CASES, {
    ...(options.ticketId ? { excludeTicketId: options.ticketId } : {}),
    ...(options.terms ? { terms: options.terms } : {}),
    ...(options.embedder ? { embedder: options.embedder } : {}),
    settings,
    candidates: verdicts,
    trusted: options.trusted ?? null,
  });

  return {
    decision,
    trace: {
      segment,
      governedBy,
      thresholds: thresholdValues(used),
      adjustments,
      changedOutcome,
      similarCases: examples.map((e) => e.ticketId),
      frozen: settings.frozenAt !== null,
      guard,
    },
    examples,
  };
}
