/**
 * The customer's name as the reply's greeting may use it. The name comes from
 * whoever filled in the ticket (a web form, a helpdesk sync, an email's
 * display name), and the greeting is the first line of a mail: a name with
 * line breaks would write its own lines into the message ("Anna,\n\nYour
 * refund has been approved"), and bidirectional-text controls would reorder
 * the rest of the line as it is displayed.
 */
import { oneLine } from "../../../privacy/one-line.js";

/** Longer than any real name; a longer "name" is pasted text, cut so the greeting stays a greeting. */
export const MAX_NAME_CHARS = 60;

/** Embedding, override and isolate controls, and the invisible direction marks: a name needs none of them. */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Cut by user-perceived characters, so a cap never splits an accented letter, an emoji or a surrogate pair. */
const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** One line, no control characters, at most MAX_NAME_CHARS characters, trimmed; undefined when nothing is left. */
export function greetingName(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const line = oneLine(raw.replace(BIDI_CONTROLS, ""));
  let name = "";
  let count = 0;
  for (const { segment } of graphemes.segment(line)) {
    if (count === MAX_NAME_CHARS) break;
    name += segment;
    count++;
  }
  const trimmed = name.trim();
  return trimmed === "" ? undefined : trimmed;
}
