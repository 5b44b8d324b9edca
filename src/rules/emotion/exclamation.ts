/**
 * Runs of stacked exclamation marks ("!!", "!!!", "?!?!"), the typed
 * equivalent of raising one's voice. A single "!" is left alone: polite
 * tickets end with "Thanks!" all the time. "??" alone is left alone too: it
 * reads as confusion, not anger. Full-width marks cover Japanese and Chinese.
 * Spanish opening marks (¡¡) are not counted: they mirror the closing run,
 * which already is.
 */
const MARK_RUN = /[!?！？]{2,}/g;
const EXCLAMATION = /[!！]/;

/** Each run of two or more stacked marks that contains an exclamation mark, in text order. */
export function findExclamationRuns(text: string): string[] {
  const runs: string[] = [];
  for (const match of text.matchAll(MARK_RUN)) {
    if (EXCLAMATION.test(match[0])) runs.push(match[0]);
  }
  return runs;
}
