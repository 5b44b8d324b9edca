/** A stretch of text a detector wants redacted: [start, end) in UTF-16 code units. */
import type { RedactionKind } from "../../domain/redaction-kinds.js";

export interface Span {
  start: number;
  end: number;
  kind: RedactionKind;
}

export type Detector = (text: string) => Span[];

/** Every match of a global pattern, as spans; `pick` narrows a match to the part to redact (e.g. a value after its label). */
export function spansOf(
  text: string,
  pattern: RegExp,
  kind: RedactionKind,
  pick: (match: RegExpExecArray) => { start: number; end: number } | null = (m) => ({ start: m.index, end: m.index + m[0].length }),
): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    const range = pick(match as RegExpExecArray);
    if (range && range.end > range.start) spans.push({ ...range, kind });
  }
  return spans;
}

/** The range of capture group `group` (needs the `d` flag on the pattern). */
export function groupRange(match: RegExpExecArray, group: number): { start: number; end: number } | null {
  const range = match.indices?.[group];
  return range ? { start: range[0], end: range[1] } : null;
}
