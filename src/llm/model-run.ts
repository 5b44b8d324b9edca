/**
 * The model's part in one run, kept in state so later nodes can fuse with
 * it: written fresh by read at the start of every run that has a model (what
 * the model said), then completed by classify (what its classification
 * changed). The run's round trips are counted apart, in `RoundTrips`, by the
 * one wrapper that enforces their budget (src/agent/model-budget.ts).
 */
import { z } from "zod";
import { AnalysisJudgement, ClassificationJudgement } from "../domain/judgement.js";
import { EscalationSignal } from "../domain/taxonomy.js";
import type { ChosenModel } from "./model-choice.js";

/**
 * At most two model round trips one after the other per run. One is the
 * default: the reading (classify+analyze), which also drafts the reply when
 * respond shares the model. A second comes only where it buys something:
 * decide's own model in the ambiguous band, or respond's own model (or the
 * reply after a reading split over two models) writing the reply.
 */
export const MAX_SEQUENTIAL_ROUND_TRIPS = 2;

/**
 * The reply's personal part drafted in the first round trip, as the model
 * wrote it, with the placeholders it kept restored (read does it, with
 * the table the prompt was masked with; one left is one it was not given).
 * `articleId` is the knowledge-base article it was told the steps come from.
 */
export const DraftedReply = z.object({
  acknowledgement: z.string(),
  answer: z.string().nullable(),
  articleId: z.string().nullable(),
  /** The language it was asked to write in (the reply templates'). */
  language: z.string(),
  /** The model that wrote it, as errors name it (ChosenModel.label). */
  model: z.string(),
});
export type DraftedReply = z.infer<typeof DraftedReply>;

/** The run's model budget as spent so far: written only by the budget wrapper (src/agent/model-budget.ts). */
export const RoundTrips = z.object({
  /** Sequential round trips spent so far in this run (concurrent calls count once). */
  spent: z.number().int().nonnegative(),
  /** Models that failed with a provider fault in this run; later nodes do not wait on them again. */
  unavailable: z.array(z.string()),
});
export type RoundTrips = z.infer<typeof RoundTrips>;

export const ModelRun = z.object({
  /** A judgement before the decision failed and the rules answered there: the decision is a fallback. */
  fellBack: z.boolean(),
  /**
   * The model's classification as read received it (its quotes with their
   * values back), for classify to fuse; null when none came.
   */
  judged: ClassificationJudgement.nullable().optional(),
  /** The ticket's text as the model was shown it before the placeholders: where its quotes must be found. */
  shown: z.string().optional(),
  /** Whether a model's classification was fused into the ticket's in this run (so an empty `modelSignals` means it saw none). */
  classified: z.boolean(),
  /** The model's reading of mood, risk and its escalation recommendation; null when none was made or it failed. */
  reading: AnalysisJudgement.nullable(),
  /** Every signal the model reported (verified against the ticket text). */
  modelSignals: z.array(EscalationSignal),
  /** Signals only the model saw; the rules engine did not. */
  addedSignals: z.array(EscalationSignal),
  /** What the model changed in the classification, worded for the decision's reasons. */
  contributions: z.array(z.string()),
  /**
   * The model's verbatim quote (found in the ticket) showing the ticket is
   * only a question; null or absent otherwise. The one reading that lets a
   * ticket the rules cannot read stay with the bot (src/agent/nodes/decide/fuse.ts).
   */
  question: z.string().nullable().optional(),
  /**
   * The reply's personal part from the first round trip. Absent: it was not
   * asked for (respond has a model of its own, or the reading was split over
   * two models), so respond may ask its model. Null: it was asked for and
   * did not come (the request failed), so the templates answer and nobody is
   * asked again.
   */
  replyDraft: DraftedReply.nullable().optional(),
});
export type ModelRun = z.infer<typeof ModelRun>;

export function emptyModelRun(): ModelRun {
  return {
    fellBack: false,
    classified: false,
    reading: null,
    modelSignals: [],
    addedSignals: [],
    contributions: [],
  };
}

export const NO_ROUND_TRIPS: RoundTrips = { spent: 0, unavailable: [] };

/** Whether `chosen` may be called now without breaking the round-trip budget or waiting on a failed provider. */
export function mayCall(trips: RoundTrips, chosen: Pick<ChosenModel, "label">): boolean {
  return trips.spent < MAX_SEQUENTIAL_ROUND_TRIPS && !trips.unavailable.includes(chosen.label);
}
