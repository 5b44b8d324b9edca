/**
 * Asking whether something is coming says the product does not do it yet.
 * The same questions are feature_request cues (feature-request.ts) and move
 * account, integration and product evidence to feature_request (shifts.ts):
 * one list, so a phrase added for one is read by both.
 */
export const ROADMAP_QUESTIONS: readonly string[] = [
  "on the roadmap",
  "on your roadmap",
  "any plans",
  "are there plans",
  "plans to add",
  "plans to support",
  "is that planned",
  "is this planned",
  "is it planned",
];
