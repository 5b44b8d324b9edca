/**
 * Compiles a taxonomy into matchable cues and finds them in tokenised text.
 */
import type { Category, SupportedLanguage } from "../../domain/taxonomy.js";
import { SUPPORTED_LANGUAGES } from "../../domain/taxonomy.js";
import { parseCuePhrase, patternKey, wordMatches, type WordPattern } from "./cue-phrase.js";
import { TaxonomySchema, type Taxonomy } from "./schema.js";

export interface CompiledCue {
  category: Category;
  /** The phrase as the taxonomy wrote it (first spelling, when languages share a cue). */
  phrase: string;
  language: SupportedLanguage;
  weight: number;
  words: WordPattern[];
}

/**
 * How many unrelated words may sit between two words of a phrase: two lets
 * "charged twice" match "charged me twice", "add team member" match "add a
 * team member" and "stürzt ab" match "stürzt beim Export ab", while words
 * four apart rarely belong to the same thought.
 */
export const MAX_GAP_WORDS = 2;

const compiled = new WeakMap<Taxonomy, CompiledCue[]>();

/**
 * Validates and compiles a taxonomy once per object. Validation runs here too
 * because a caller may build a taxonomy in code without going through JSON.
 * A cue that appears in several languages of one category ("crash*" in en and
 * fr) is kept once, with its highest weight, so shared words do not count twice.
 */
export function compileTaxonomy(taxonomy: Taxonomy): CompiledCue[] {
  const cached = compiled.get(taxonomy);
  if (cached) return cached;
  const valid = TaxonomySchema.parse(taxonomy);
  const byKey = new Map<string, CompiledCue>();
  for (const category of valid.categories) {
    for (const language of SUPPORTED_LANGUAGES) {
      for (const cue of category.cues[language] ?? []) {
        const words = parseCuePhrase(cue.phrase);
        if (!words) continue; // unreachable after validation; keeps the type narrow
        const key = `${category.id}\u0000${patternKey(words)}`;
        const existing = byKey.get(key);
        if (!existing || existing.weight < cue.weight) {
          byKey.set(key, { category: category.id, phrase: cue.phrase, language, weight: cue.weight, words });
        }
      }
    }
  }
  const cues = [...byKey.values()];
  compiled.set(taxonomy, cues);
  return cues;
}

/** A field's words with the positions of each distinct word, for fast lookup of a cue's first word. */
export interface IndexedField {
  words: string[];
  positions: Map<string, number[]>;
}

export function indexWords(words: string[]): IndexedField {
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  return { words, positions };
}

/**
 * The cues that count in one field. Multi-word phrases count whenever they
 * occur. A single-word cue counts only if it matches a word that no heavier
 * single-word cue of the same category already explained: languages share
 * stems (es "factura*", fr "factur*") and a taxonomy may list a stem next to
 * a stronger exact form ("charged" 3, "charg*" 2), and one ticket word should
 * not be scored two or three times over.
 */
export function cuesFoundIn(cues: readonly CompiledCue[], field: IndexedField): CompiledCue[] {
  const found: CompiledCue[] = [];
  const explained = new Map<Category, Set<string>>();
  const singleWordsHeaviestFirst = cues.filter((cue) => cue.words.length === 1).sort((a, b) => b.weight - a.weight);
  for (const cue of singleWordsHeaviestFirst) {
    const [pattern] = cue.words;
    if (!pattern) continue;
    const words = matchingWords(pattern, field);
    let claimed = explained.get(cue.category);
    if (!claimed) explained.set(cue.category, (claimed = new Set()));
    const fresh = words.filter((word) => !claimed.has(word));
    if (fresh.length === 0) continue;
    for (const word of words) claimed.add(word);
    found.push(cue);
  }
  for (const cue of cues) {
    if (cue.words.length > 1 && phraseOccursIn(cue.words, field)) found.push(cue);
  }
  return found;
}

/** The distinct field words a single-word pattern matches. */
function matchingWords(pattern: WordPattern, field: IndexedField): string[] {
  if (pattern.kind === "exact") return field.positions.has(pattern.core) ? [pattern.core] : [];
  return [...field.positions.keys()].filter((word) => wordMatches(pattern, word));
}

/** Whether the words occur in order, each at most MAX_GAP_WORDS after the previous one. */
function phraseOccursIn(patterns: readonly WordPattern[], field: IndexedField): boolean {
  const [first, ...rest] = patterns;
  if (!first) return false;
  for (const word of matchingWords(first, field)) {
    for (const start of field.positions.get(word) ?? []) {
      if (restFollows(rest, field.words, start)) return true;
    }
  }
  return false;
}

/** Depth-first: a phrase is at most 8 words and each step tries at most 3 positions, so this stays tiny. */
function restFollows(rest: readonly WordPattern[], words: readonly string[], previous: number): boolean {
  const [next, ...remaining] = rest;
  if (!next) return true;
  const last = Math.min(words.length - 1, previous + 1 + MAX_GAP_WORDS);
  for (let position = previous + 1; position <= last; position++) {
    const word = words[position];
    if (word !== undefined && wordMatches(next, word) && restFollows(remaining, words, position)) return true;
  }
  return false;
}

/** A compiled shift (schema.ts): its trigger phrases as cues of the category they shift evidence to. */
export interface CompiledShift {
  from: Category;
  to: Category;
  when: CompiledCue[];
}

const compiledShifts = new WeakMap<Taxonomy, CompiledShift[]>();

export function compileShifts(taxonomy: Taxonomy): CompiledShift[] {
  const cached = compiledShifts.get(taxonomy);
  if (cached) return cached;
  const valid = TaxonomySchema.parse(taxonomy);
  const shifts = (valid.shifts ?? []).map((shift) => ({
    from: shift.from,
    to: shift.to,
    when: shift.when.flatMap((phrase) => {
      const words = parseCuePhrase(phrase);
      // The language is nominal: trigger phrases, like cues, are matched whatever the ticket's language.
      return words ? [{ category: shift.to, phrase, language: "en" as const, weight: 1, words }] : [];
    }),
  }));
  compiledShifts.set(taxonomy, shifts);
  return shifts;
}
