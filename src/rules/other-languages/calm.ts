/**
 * Whether a message in a table's language reads calm, and as what: a
 * question, thanks or a feature wish. Calm is the absence of everything a
 * person should see: no concept, no trouble or urgency word, no shouting,
 * no run of exclamation marks, no error code. A message that is none of
 * question, thanks or wish (a statement, a notice) is not called calm either:
 * a person reads what the bot cannot answer.
 */
import type { LanguageTable } from "./table.js";
import type { PreparedText } from "./prepare.js";
import { compiled } from "./compile.js";

export type CalmKind = "question" | "compliment" | "request";

/**
 * "!!", "?!", "！！": more than one mark is raised voice in any script. One
 * is not: "Ha en fin helg!", "알려주세요!" close calm messages.
 */
const EXCLAMATION_RUN = /[!！][!！?？]|[?？][!！]/u;
/** A word of six or more capitals, or three words of four: shouting, not an acronym ("API", "SAML"). */
const SHOUTED_WORD = /(?<![\p{L}])\p{Lu}{6,}(?![\p{L}])/u;
const CAPITAL_WORDS = /(?<![\p{L}])\p{Lu}{4,}(?![\p{L}])/gu;
/** An HTTP status or a machine error code ("502", "ERR_TIMEOUT", "E1042"): a report, whatever the words around it. */
const ERROR_CODE = /(?<![\p{N}\p{L}])[45]\d\d(?![\p{N}])|(?<![\p{L}])[A-Z][A-Z0-9]*_[A-Z0-9_]+(?![\p{L}])|(?<![\p{L}])E\d{3,}(?![\p{N}])/u;
const QUESTION_MARK = /[?？]/u;

/** Why the raw text is not calm, whatever its words: "shouting", "exclamations", "error code". */
export function toneDoubts(source: string): string[] {
  const doubts: string[] = [];
  if (SHOUTED_WORD.test(source) || (source.match(CAPITAL_WORDS)?.length ?? 0) >= 3) doubts.push("shouting");
  if (EXCLAMATION_RUN.test(source)) doubts.push("exclamations");
  const code = ERROR_CODE.exec(source);
  if (code) doubts.push(`error code "${code[0]}"`);
  return doubts;
}

/** What a message with nothing to doubt does; null when it neither asks, thanks nor wishes. */
export function calmKind(prepared: PreparedText, table: LanguageTable): CalmKind | null {
  const patterns = compiled(table);
  const asks = prepared.sentences.some((s) => QUESTION_MARK.test(s.text) || test(patterns.asks, s.text));
  if (asks) return "question";
  if (test(patterns.thanks, prepared.text)) return "compliment";
  if (test(patterns.wish, prepared.text)) return "request";
  return null;
}

function test(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(text);
  pattern.lastIndex = 0;
  return found;
}
