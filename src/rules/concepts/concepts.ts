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
 * Concepts read by a head of their own: a two-class model (the concept against everything else) over the
 * main model's features, in `models/<file>.bin` and `.json`. A head can be learned without moving the
 * eight concepts' weights and thresholds (evals/RESULTS.md, thirteenth pass).
 */
export const HEAD_FILES = { staff_action: "staff-action" } as const;
export type HeadConcept = keyof typeof HEAD_FILES;
export const HEAD_CONCEPTS = Object.keys(HEAD_FILES) as HeadConcept[];

export function isHeadConcept(value: string): value is HeadConcept {
  return value in HEAD_FILES;
}

/** The classes of the main model (models/concepts.bin): the eight concepts a person must see, and `none`. */
export const MAIN_CLASSES = CONCEPT_CLASSES.filter((c) => !isHeadConcept(c));

/** A head's classes: its concept, then `none`. */
export const headClasses = (concept: HeadConcept) => [concept, "none"] as const;
