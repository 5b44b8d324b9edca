/**
 * The thresholds the agent may learn per segment, and the score each is
 * compared with. Only thresholds that decide *whether* a ticket escalates
 * are learnable, because a verdict says exactly that (was escalating
 * warranted?). managementFrustration only chooses between two kinds of
 * escalation, and the ambiguous band only decides when a model is asked, so
 * a verdict cannot say which way they should move.
 */
import type { PolicyThresholds } from "../rules/thresholds.js";

export const LEARNABLE_THRESHOLDS = ["scheduledRisk", "specialistTechnical"] as const satisfies ReadonlyArray<keyof PolicyThresholds>;
export type LearnableThreshold = (typeof LEARNABLE_THRESHOLDS)[number];

/** What a learnable threshold is compared with, in the words the reasons use. */
export const THRESHOLD_SCORE: Record<LearnableThreshold, { label: string; field: "risk" | "technical" }> = {
  scheduledRisk: { label: "overall risk", field: "risk" },
  specialistTechnical: { label: "technical complexity", field: "technical" },
};
