/** Small statistics for the report, each defined so a reader can recompute it by hand. */

/** Nearest-rank percentile: the smallest value with at least p % of the values at or below it; null for no values. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

/** part / whole, or null when there is nothing to divide by (shown as "n/a", never as 0 %). */
export function share(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}

export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((s, v) => s + v, 0) / values.length;
}

/** Counts per key, sorted by count (then key) so tables and charts list the big groups first. */
export function countBy<T>(items: readonly T[], key: (item: T) => string): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
