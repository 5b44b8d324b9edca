/**
 * Customer text as a model prompt may carry it: cut to a budget, keeping
 * the beginning (where people state the problem) and the end (where they
 * state what they want), with a visible marker and a note for the state.
 * The rules engine and the people handed the ticket still read it whole.
 */

/**
 * Per customer message, about 1,000 tokens at ~4 characters per token (the
 * prompts' budget, src/llm/ticket-prompt.ts): a long complaint fits whole;
 * a pasted megabyte of logs does not, and must not make a call slow or
 * expensive or push the instructions out of the context window.
 */
export const MODEL_TEXT_MAX_CHARS = 4_000;

/** Share of the budget given to the beginning; the rest goes to the end. */
const HEAD_SHARE = 0.7;

/** Below this there is no room for both ends and the marker; the head alone is kept. */
const MIN_SPLIT_BUDGET = 80;

export interface ModelText {
  text: string;
  truncated: boolean;
  /** Says what was cut, for the run's notes in state; null when nothing was. */
  note: string | null;
}

export function prepareTextForModel(text: string, maxChars: number = MODEL_TEXT_MAX_CHARS): ModelText {
  const budget = Math.max(0, Math.floor(maxChars));
  if (text.length <= budget) return { text, truncated: false, note: null };

  const marker = (left: number) => `\n[… ${left} characters left out …]\n`;
  // The marker's length depends on the count it shows; the original length bounds it.
  const room = budget - marker(text.length).length;
  const headLength = room < MIN_SPLIT_BUDGET ? budget : Math.ceil(room * HEAD_SHARE);
  const tailLength = room < MIN_SPLIT_BUDGET ? 0 : room - headLength;
  const head = text.slice(0, safeEnd(text, headLength));
  const tail = tailLength > 0 ? text.slice(safeStart(text, text.length - tailLength)) : "";
  const left = text.length - head.length - tail.length;
  const cut = tailLength > 0 ? `${head}${marker(left)}${tail}` : head;
  return {
    text: cut,
    truncated: true,
    note:
      `the customer's text has ${text.length} characters; a model is shown ${head.length + tail.length} of them ` +
      `(the first ${head.length} and the last ${tail.length}); the rules and the handoff read it whole`,
  };
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
