/**
 * The reader of the languages the pattern families do not cover (Italian,
 * Portuguese, Dutch, Polish, Swedish, Danish, Turkish, Japanese, Chinese,
 * Korean): what a message says a person must see, what makes it unsure, and
 * whether it reads calm.
 *
 * Three outcomes, in order of caution:
 * - a concept found (a request for a person, an outage, fraud…) raises the
 *   signal or need it raises in English, German, Spanish and French;
 * - a doubt (a trouble or urgency word, shouting, a negated, asked-about or
 *   supposed concept) keeps the engine's handling of a language it cannot
 *   read: a person reads it;
 * - nothing of either, and a question, thanks or a wish: calm, which the bot
 *   may answer.
 * Missing a concept costs more than a false alarm, so the phrases are wide
 * stems and any doubt hands the ticket to a person, as before.
 */
import { calmKind, toneDoubts, type CalmKind } from "./calm.js";
import { compiled } from "./compile.js";
import { ASKABLE_CONCEPTS, SUPPOSABLE_CONCEPTS } from "./concepts.js";
import { tableFor } from "./index.js";
import { prepare, type Sentence } from "./prepare.js";
import type { LanguageTable, OtherLanguageConcept } from "./table.js";

export interface OtherLanguageFinding {
  readonly concept: OtherLanguageConcept;
  /** The customer's words. */
  readonly match: string;
  /** `<concept>/<language>`, as evidence cites it. */
  readonly rule: string;
}

export interface OtherLanguageReading {
  readonly language: string;
  readonly found: readonly OtherLanguageFinding[];
  /** Why the message is not calm, in words for a trace ("trouble: \"errore\"", "negated outage: …"). */
  readonly doubts: readonly string[];
  /** Set only when nothing was found and nothing doubted. */
  readonly calm: CalmKind | null;
}

/** Words a negation may stand before a phrase and still negate it (Latin scripts): "non è più down". */
const NEGATION_REACH_WORDS = 3;
/** Characters a CJK negation may stand before a phrase ("没有被盗") or after it ("消えていません"). */
const NEGATION_REACH_CHARS = 3;

export function hasReadingTable(language: string): boolean {
  return tableFor(language) !== undefined;
}

/** The reading of `text` in `language`; undefined when there is no table for the language. */
export function readOtherLanguage(text: string, language: string): OtherLanguageReading | undefined {
  const table = tableFor(language);
  if (!table) return undefined;
  const prepared = prepare(text, table.script);
  const patterns = compiled(table);
  const found: OtherLanguageFinding[] = [];
  const doubts: string[] = toneDoubts(text);
  for (const sentence of prepared.sentences) {
    for (const [concept, pattern] of patterns.concepts) {
      for (const match of sentence.text.matchAll(pattern)) {
        if (match[0].length === 0) continue;
        const start = sentence.start + match.index;
        const words = prepared.original(start, start + match[0].length).trim();
        const why = doubtAbout(concept, sentence, match.index, match.index + match[0].length, table);
        if (why) doubts.push(`${why} ${concept}: "${words}"`);
        else if (!found.some((f) => f.concept === concept)) found.push({ concept, match: words, rule: `${concept}/${language}` });
      }
    }
  }
  for (const [kind, pattern] of [
    ["trouble", patterns.trouble],
    ["urgency", patterns.urgency],
  ] as const) {
    pattern.lastIndex = 0;
    const match = pattern.exec(prepared.text);
    pattern.lastIndex = 0;
    if (match) doubts.push(`${kind}: "${prepared.original(match.index, match.index + match[0].length)}"`);
  }
  const calm = found.length === 0 && doubts.length === 0 ? calmKind(prepared, table) : null;
  return { language, found, doubts, calm };
}

/** Why a phrase found in a sentence does not stand as a report: negated, asked about or supposed; null when it stands. */
function doubtAbout(concept: OtherLanguageConcept, sentence: Sentence, start: number, end: number, table: LanguageTable): string | null {
  if (negatedBefore(sentence.text.slice(0, start), table) || negatedAfter(sentence.text.slice(end), table)) return "negated";
  if (ASKABLE_CONCEPTS.has(concept) && /[?？]/u.test(sentence.text)) return "asked about";
  if (SUPPOSABLE_CONCEPTS.has(concept) && supposed(sentence.text.slice(0, start), table)) return "supposed";
  return null;
}

function negatedBefore(before: string, table: LanguageTable): boolean {
  if (table.negation.length === 0) return false;
  if (table.script === "cjk") return table.negation.some((n) => before.slice(-(NEGATION_REACH_CHARS + n.length)).includes(n));
  // The last few words of the same clause: a comma ends a negation's reach ("non so, ma il sistema è down").
  const clause = before.split(/[,;:]/u).at(-1) ?? "";
  const words = clause
    .split(/\s+/u)
    .filter((w) => w !== "")
    .slice(-NEGATION_REACH_WORDS);
  return words.some((w) => table.negation.includes(w.replace(/[^\p{L}']/gu, "")));
}

function negatedAfter(after: string, table: LanguageTable): boolean {
  const head = after.trimStart().slice(0, NEGATION_REACH_CHARS + 6);
  return (table.negationAfter ?? []).some((n) => (table.script === "cjk" ? head.startsWith(n) : new RegExp(`^${n}(?![\\p{L}])`, "u").test(head)));
}

function supposed(before: string, table: LanguageTable): boolean {
  if (table.script === "cjk") return table.conditional.some((c) => before.includes(c));
  const words = ` ${before.replace(/[^\p{L}\p{N}']+/gu, " ")} `;
  return table.conditional.some((c) => words.includes(` ${c} `));
}
