/**
 * The concepts the learned reader scores: what a person must see in a
 * ticket, however the customer phrased it. `none` is everything else and is
 * most of what customers write.
 */
export const CONCEPTS = ["human_request", "handling_complaint", "fraud", "legal_rights", "accessibility", "business_stopped", "data_loss", "churn"] as const;
export type Concept = (typeof CONCEPTS)[number];

export const CONCEPT_CLASSES = [...CONCEPTS, "none"] as const;
export type ConceptClass = (typeof CONCEPT_CLASSES)[number];

export function isConcept(value: string): value is Concept {
  return (CONCEPTS as readonly string[]).includes(value);
}
