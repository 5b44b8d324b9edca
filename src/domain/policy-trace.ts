/**
 * What the learned policy did for one decision: written by decide into the
 * state, copied by learn into the outcome record (and `learning` output),
 * then cleared, so a later run whose decision needs no policy (a hard trigger) never
 * inherits it.
 */
import { z } from "zod";

/**
 * The thresholds the agent may learn per segment (src/learning/learnable.ts
 * says why these two, and checks the names against the rules' thresholds).
 */
export const LEARNABLE_THRESHOLDS = ["scheduledRisk", "specialistTechnical"] as const;

export const LearnableThresholdName = z.enum(LEARNABLE_THRESHOLDS);

export const ThresholdAdjustment = z.object({
  threshold: LearnableThresholdName,
  base: z.number(),
  learned: z.number(),
  /** The verdicts between base and learned that justified the move. */
  warranted: z.number().int(),
  total: z.number().int(),
});
export type ThresholdAdjustment = z.infer<typeof ThresholdAdjustment>;

export const PolicyTrace = z.object({
  segment: z.string(),
  /** Thresholds whose value decided whether this ticket escalated: its verdict will count for them. */
  governedBy: z.array(LearnableThresholdName),
  /** The learnable thresholds as applied to this decision. */
  thresholds: z.record(LearnableThresholdName, z.number()),
  /** Segment thresholds the verdicts had moved away from their defaults. */
  adjustments: z.array(ThresholdAdjustment),
  /** Whether the learned thresholds gave a different decision type than the defaults would have. */
  changedOutcome: z.boolean(),
  /** Resolved past cases most like this one (ticket ids), best first. */
  similarCases: z.array(z.string()),
  /** Learning was frozen: the policy used verdicts up to the freeze only. */
  frozen: z.boolean(),
  /**
   * Harm evidence in the ticket (harm.ts): when any, learned thresholds did
   * not apply and the default policy decided. Absent on older traces.
   */
  guard: z.array(z.string()).default([]),
});
export type PolicyTrace = z.infer<typeof PolicyTrace>;
