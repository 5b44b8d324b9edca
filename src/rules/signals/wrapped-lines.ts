/**
 * Hard-wrapped e-mail. Many mail clients break a paragraph into lines of at
 * most 72–100 characters, so a sentence runs on over a line break: "She was
 * patient with our\nIT team and everything has worked since." Both sentence
 * readers treat a line break as a sentence end (Intl.Segmenter always breaks
 * after a newline), and a fragment like "A link to the" then stands alone and
 * is read as if the customer had said only that. So a line break that the
 * writer's editor put in is made a space again, before any splitting.
 *
 * Real line structure stays: chat lines ("hello??\nanyone"), list items,
 * greetings, sign-offs and signatures ("Best,\nMartin Cole"), forwarded
 * headers ("From: …") and pasted logs, JSON or stack traces. A break is a
 * wrap only when the text is wrapped at a column (its longest line is as long
 * as a mail client's lines), this line reaches nearly to that column (the
 * next word did not fit), it ends inside a sentence, and the next line goes
 * on with the same prose.
 *
 * The result has the same length as the text, character for character, so
 * every offset into it is an offset into the text.
 */
import { isEmailFurniture, opensWithGreeting } from "./email-furniture.js";
import { foldText } from "./fold.js";
import { isMachineText } from "./machine-text.js";

/** Mail clients wrap at 72–80 characters, some at 100; text with longer lines is not hard-wrapped. */
const MIN_WRAP_WIDTH = 60;
const MAX_WRAP_WIDTH = 120;
/** A wrapped line stops within a word's length of the wrap column. */
const WRAP_SLACK = 20;

/** Where a line can stop inside a sentence: a word, a number, a comma, a closing quote or bracket, a dash. */
const ENDS_MID_SENTENCE = /[\p{L}\p{N},;"'”’»)%€$–—-]$/u;
/** What can go on with the sentence: a word, a number, an opening quote or bracket. */
const CONTINUES_PROSE = /^[\p{L}\p{N}"'“‘«(]/u;
/** "- item", "* item", "• item", "1. item", "2) item", "(c) item", "> quoted". */
const LIST_ITEM = /^\s*(?:[-*•·–—>]|\d{1,2}[.)]|\(?[a-z]\))\s/i;
/**
 * A forwarded message's header ("From: …", "Betreff: …", "Objet : …") opens its own line. Any other
 * "word:" may go on with a sentence ("…nuestra cuenta de\nWooCommerce: da error…").
 */
const MAIL_HEADER = /^\s*(?:from|to|cc|bcc|subject|date|sent|reply-to|von|an|betreff|datum|gesendet|de|para|asunto|fecha|enviado|objet|a|envoye)\s?:/;

/** The column the text is wrapped at, or 0 when it is not wrapped: its longest line of prose. */
function wrapWidth(lines: readonly string[]): number {
  const width = Math.max(0, ...lines.filter((line) => !isMachineText(line)).map((line) => line.trimEnd().length));
  return width >= MIN_WRAP_WIDTH && width <= MAX_WRAP_WIDTH ? width : 0;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** Whether the break between `line` and `next` was put in by the writer's editor, not by the writer. */
function isWrap(line: string, next: string, width: number): boolean {
  const text = line.trimEnd();
  const following = next.trimStart();
  if (text.length < width - WRAP_SLACK || !ENDS_MID_SENTENCE.test(text) || !CONTINUES_PROSE.test(following)) return false;
  if (LIST_ITEM.test(next) || isMachineText(line) || isMachineText(next)) return false;
  // An indented line goes on only with an item or a paragraph that hangs the same way ("1. Our May…\n   have a moment?").
  if (indentOf(next) > 0 && !LIST_ITEM.test(line) && indentOf(line) === 0) return false;
  const folded = foldText(following).text;
  return !MAIL_HEADER.test(folded) && !opensWithGreeting(folded) && !isEmailFurniture(following, folded);
}

/** `text` with each line break inside a wrapped sentence made a space; same length as `text`. */
export function unwrapLines(text: string): string {
  if (!text.includes("\n")) return text;
  const lines = text.split("\n");
  const width = wrapWidth(lines);
  if (width === 0) return text;
  let unwrapped = "";
  for (const [i, line] of lines.entries()) {
    const next = lines[i + 1];
    if (next === undefined) unwrapped += line;
    // "\r\n" becomes two spaces, so every offset stays where it was.
    else if (isWrap(line, next, width)) unwrapped += `${line.replace(/\r$/, " ")} `;
    else unwrapped += `${line}\n`;
  }
  return unwrapped;
}
