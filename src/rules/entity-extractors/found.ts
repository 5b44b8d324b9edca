/**
 * What every entity extractor returns, and the bookkeeping that turns raw
 * regex hits into a clean list: overlaps resolved, duplicates dropped, order
 * of first appearance kept, length capped.
 */

/** One entity found in the text, with where it sits (character offsets, end exclusive). */
export interface Found {
  value: string;
  start: number;
  end: number;
  /** What makes two finds "the same" (defaults to the lowercased value). */
  key?: string;
}

/**
 * Most hits one pattern reads. Lists keep 20 entries per kind; 1,000 hits is
 * 50 times that, room enough for repeats and for hits later dropped as
 * overlapping, in any ticket a person wrote. Past it the text is a dump
 * (1 MB of "$1,200.00" is 100,000 hits), and collecting every hit cost
 * seconds where it now costs milliseconds.
 */
export const MAX_HITS_PER_PATTERN = 1_000;

/**
 * Runs a global regex over the text and keeps what `pick` makes of each
 * match, up to MAX_HITS_PER_PATTERN. The regexes handed in are written
 * without nested quantifiers, so one pass over a 1 MB text stays linear.
 */
export function scan(text: string, pattern: RegExp, pick: (match: RegExpExecArray) => Found | null): Found[] {
  const found: Found[] = [];
  for (const match of text.matchAll(pattern)) {
    const item = pick(match as RegExpExecArray);
    if (item) found.push(item);
    if (found.length >= MAX_HITS_PER_PATTERN) break;
  }
  return found;
}

/** The whole match as a find. */
export function whole(match: RegExpExecArray): Found {
  return { value: match[0], start: match.index, end: match.index + match[0].length };
}

/** Capture group `group` as a find; needs a regex with the `d` flag for the group's offsets. */
export function group(match: RegExpExecArray, index: number): Found | null {
  const value = match[index];
  const span = match.indices?.[index];
  if (value === undefined || !span) return null;
  return { value, start: span[0], end: span[1] };
}

/**
 * Within one kind, keeps the earliest find and, at the same start, the
 * longest; drops any find overlapping one already kept ("iOS 17.2" wins over
 * "17.2" inside it).
 */
export function resolveOverlaps(found: readonly Found[]): Found[] {
  const ordered = [...found].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Found[] = [];
  let reach = -1;
  for (const item of ordered) {
    if (item.start < reach) continue;
    kept.push(item);
    reach = item.end;
  }
  return kept;
}

/** The first `cap` distinct values, in order of first appearance (input must be sorted by start). */
export function firstDistinct(found: readonly Found[], cap: number): string[] {
  const seen = new Set<string>();
  const values: string[] = [];
  for (const item of found) {
    if (values.length >= cap) break;
    const key = item.key ?? item.value.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    values.push(item.value);
  }
  return values;
}
