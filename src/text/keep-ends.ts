/**
 * Cuts an over-long text to a budget, keeping the beginning (where people
 * state the problem) and the end (where they say what they want) around a
 * visible marker. What is in between is usually what they pasted: logs,
 * stack traces, a forwarded thread.
 */

/** Share of the budget given to the beginning; the rest goes to the end. */
const HEAD_SHARE = 0.7;

/** Below this there is no room for both ends and the marker; the head alone is kept. */
const MIN_SPLIT_BUDGET = 80;

export interface KeptEnds {
  text: string;
  truncated: boolean;
  /** Characters kept from the beginning and from the end (the whole text when not truncated). */
  head: number;
  tail: number;
}

export function keepEnds(text: string, maxChars: number): KeptEnds {
  const budget = Math.max(0, Math.floor(maxChars));
  if (text.length <= budget) return { text, truncated: false, head: text.length, tail: 0 };

  const marker = (left: number) => `\n[… ${left} characters left out …]\n`;
  // The marker's length depends on the count it shows; the original length bounds it.
  const room = budget - marker(text.length).length;
  const headLength = room < MIN_SPLIT_BUDGET ? budget : Math.ceil(room * HEAD_SHARE);
  const tailLength = room < MIN_SPLIT_BUDGET ? 0 : room - headLength;
  const head = text.slice(0, safeEnd(text, headLength));
  const tail = tailLength > 0 ? text.slice(safeStart(text, text.length - tailLength)) : "";
  const left = text.length - head.length - tail.length;
  return { text: tailLength > 0 ? `${head}${marker(left)}${tail}` : head, truncated: true, head: head.length, tail: tail.length };
}

/** Never cut between the two halves of a surrogate pair (an emoji, a rare CJK character). */
function safeEnd(text: string, end: number): number {
  return end > 0 && isHighSurrogate(text.charCodeAt(end - 1)) ? end - 1 : end;
}

function safeStart(text: string, start: number): number {
  return start < text.length && isLowSurrogate(text.charCodeAt(start)) ? start + 1 : start;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
