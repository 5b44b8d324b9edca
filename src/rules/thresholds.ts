/**
 * The decision policy's knobs. Defaults were set on the seed's four tickets
 * and the eval set; each says why it sits where it does. They are part of the
 * graph's context schema, so a run (or LangGraph Studio) can change them.
 */
import { z } from "zod";

const percent = z.number().min(0).max(100);

export const PolicyThresholds = z.object({
  /**
   * Frustration at which a relationship signal (repeat contact, churn, public
   * complaint, executive) becomes a management matter. 80 is "angry and
   * saying so in several ways": one strong word alone stays below it.
   */
  managementFrustration: percent.default(80),
  /**
   * Technical complexity at which a specialist should own the ticket. 60 is
   * reached by an integration or API problem described with concrete
   * technical detail; how-to questions stay below 45.
   */
  specialistTechnical: percent.default(60),
  /**
   * Overall risk at which a human should look within a business day even
   * without a specific trigger. 55 sits just above what a mildly annoyed
   * enterprise customer with a routine question scores (about 50).
   */
  scheduledRisk: percent.default(55),
  /**
   * The ambiguous band of overall risk: inside it, the rules engine is least
   * sure and a configured model is consulted for the decision.
   */
  ambiguousLow: percent.default(40),
  ambiguousHigh: percent.default(65),
});
export type PolicyThresholds = z.infer<typeof PolicyThresholds>;

export const DEFAULT_THRESHOLDS: PolicyThresholds = PolicyThresholds.parse({});
