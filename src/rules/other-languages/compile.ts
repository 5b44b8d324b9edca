/**
 * A table's phrases as regular expressions, compiled once per table. Latin
 * phrases start at a word's start (stems run on: "bloccat" covers
 * "bloccato", "bloccata"); CJK has no spaces, so its phrases match anywhere.
 */
import { OTHER_LANGUAGE_CONCEPTS, type LanguageTable, type OtherLanguageConcept } from "./table.js";

export interface CompiledTable {
  readonly concepts: ReadonlyArray<readonly [OtherLanguageConcept, RegExp]>;
  readonly trouble: RegExp;
  readonly urgency: RegExp;
  /** A question opener: at a clause's start in Latin scripts ("come" also means "as"), anywhere in CJK (particles end a sentence). */
  readonly asks: RegExp;
  readonly thanks: RegExp;
  readonly wish: RegExp;
  readonly settles: RegExp;
}

const cache = new WeakMap<LanguageTable, CompiledTable>();

export function compiled(table: LanguageTable): CompiledTable {
  let done = cache.get(table);
  if (!done) {
    const of = (phrases: readonly string[]): RegExp => phrasesRegex(phrases, table.script === "latin");
    done = {
      concepts: OTHER_LANGUAGE_CONCEPTS.flatMap((concept) => {
        const phrases = table.concepts[concept];
        return phrases && phrases.length > 0 ? [[concept, of(phrases)] as const] : [];
      }),
      trouble: of(table.trouble),
      urgency: of(table.urgency),
      asks: table.script === "latin" ? clauseStart(table.asks) : of(table.asks),
      thanks: of(table.thanks),
      wish: of(table.wish),
      settles: of(table.settles ?? []),
    };
    cache.set(table, done);
  }
  return done;
}

/** One global, case-insensitive regex for a list of phrases; an empty list matches nothing. */
export function phrasesRegex(phrases: readonly string[], wordStart: boolean): RegExp {
  if (phrases.length === 0) return /(?!)/gu;
  const start = wordStart ? String.raw`(?<![\p{L}\p{N}])` : "";
  return new RegExp(`${start}(?:${phrases.join("|")})`, "giu");
}

/** The phrases at the start of a clause: the text's start, or after a comma, semicolon or colon. */
function clauseStart(phrases: readonly string[]): RegExp {
  return new RegExp(String.raw`(?:^|[,;:]\s*)(?:${phrases.join("|")})(?![\p{L}\p{N}])`, "giu");
}
