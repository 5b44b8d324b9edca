/** A share, or null when there is nothing to divide by (shown as "n/a", never as 0 or 1). */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

/** Harmonic mean of precision and recall; 0 when both are 0, null when either is undefined. */
export function f1(precision: number | null, recall: number | null): number | null {
  if (precision === null || recall === null) return null;
  return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}
