/**
 * Customer text as a model prompt may carry it: cut to a budget (beginning
 * and end kept, see keep-ends.ts), with a note for the state. Redact first
 * (redactForModel), then cut: a cut must never leave half a card number
 * that the redactor no longer recognises.
 */
import { keepEnds } from "../text/keep-ends.js";

/**
 * Per customer message, about 1,000 tokens at ~4 characters per token (the
 * prompts' budget, src/llm/ticket-prompt.ts): a long complaint fits whole;
 * a pasted megabyte of logs does not, and must not make a call slow or
 * expensive or push the instructions out of the context window.
 */
export const MODEL_TEXT_MAX_CHARS = 4_000;

export interface ModelText {
  text: string;
  truncated: boolean;
  /** Says what was cut, for the run's notes in state; null when nothing was. */
  note: string | null;
}

export function prepareTextForModel(text: string, maxChars: number = MODEL_TEXT_MAX_CHARS): ModelText {
  const kept = keepEnds(text, maxChars);
  return {
    text: kept.text,
    truncated: kept.truncated,
    note: kept.truncated
      ? `the customer's text has ${text.length} characters; a model is shown ${kept.head + kept.tail} of them ` +
        `(the first ${kept.head} and the last ${kept.tail}); the rules and the handoff read more of it`
      : null,
  };
}
