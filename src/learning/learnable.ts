/**
 * The thresholds the agent may learn per segment, and the score each is
 * compared with. Only thresholds that decide *whether* a ticket escalates
 * are learnable, because a verdict says exactly that (was escalating
 * warranted?). managementFrustration only chooses between two kinds of
 * escalation, and the ambiguous band only decides when a model is asked, so
 * a verdict cannot say which way they should move.
 */
import { LEARNABLE_THRESHOLDS as NAMES } from "../domain/policy-trace.js";
import type { PolicyThresholds } from "../rules/thresholds.js";

/** The names live with the trace that records them (src/domain); here they are checked against the rules' thresholds. */
export const LEARNABLE_THRESHOLDS = NAMES satisfies ReadonlyArray<keyof PolicyThresholds>;
export type LearnableThreshold = (typeof LEARNABLE_THRESHOLDS)[number];

/** What a learnable threshold is compared with, in the words the reasons use. */
export const THRESHOLD_SCORE: Record<LearnableThreshold, { label: string; field: "risk" | "technical" }> = {
  scheduledRisk: { label: "overall risk", field: "risk" },
  specialistTechnical: { label: "technical complexity", field: "technical" },
};
