/**
 * The concepts the learned reader scores: what a person must see in a
 * ticket, however the customer phrased it. `none` is everything else and is
 * most of what customers write.
 */
export const CONCEPTS = [
  "human_request",
  "handling_complaint",
  "fraud",
  "legal_rights",
  "accessibility",
  "business_stopped",
  "data_loss",
  "churn",
  // A request only the company's staff can carry out (a refund, an invoice reissued, an ownership transfer, a
  // plan exception…): the pattern families list the ways people ask; this reads the ones nobody listed.
  "staff_action",
] as const;
export type Concept = (typeof CONCEPTS)[number];

export const CONCEPT_CLASSES = [...CONCEPTS, "none"] as const;
export type ConceptClass = (typeof CONCEPT_CLASSES)[number];

/**
 * The classes of the main model (models/concepts.bin): the eight concepts a person must see, and `none`.
 * Staff-only requests have a head of their own (models/staff-action.bin, STAFF_HEAD_CLASSES), so adding them
 * left the eight concepts' weights and thresholds as they were (evals/RESULTS.md, thirteenth pass).
 */
export const MAIN_CLASSES = CONCEPT_CLASSES.filter((c) => c !== "staff_action");
/** The classes of the staff-request head: one concept against everything else. */
export const STAFF_HEAD_CLASSES = ["staff_action", "none"] as const;

export function isConcept(value: string): value is Concept {
  return (CONCEPTS as readonly string[]).includes(value);
}
