/**
 * Stretches of text already explained by an earlier entity kind. Kinds run
 * from most to least specific (links, error codes, amounts, ids, versions,
 * durations), and a later kind may not re-read a claimed stretch: "/v2/" in a
 * URL is not a version, "1.200.000 €" is not one either.
 */
import type { Found } from "./found.js";

export class ClaimedSpans {
  /** Disjoint, sorted intervals [start, end). */
  private spans: { start: number; end: number }[] = [];

  overlaps(item: Pick<Found, "start" | "end">): boolean {
    // Binary search for the last span starting before the item ends.
    let low = 0;
    let high = this.spans.length - 1;
    let candidate = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const span = this.spans[middle];
      if (span && span.start < item.end) {
        candidate = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const span = this.spans[candidate];
    return span !== undefined && span.end > item.start;
  }

  claim(items: readonly Found[]): void {
    const all = [...this.spans, ...items.map(({ start, end }) => ({ start, end }))].sort((a, b) => a.start - b.start);
    const merged: { start: number; end: number }[] = [];
    for (const span of all) {
      const last = merged.at(-1);
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    this.spans = merged;
  }
}
