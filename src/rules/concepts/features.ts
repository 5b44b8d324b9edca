/**
 * Turns a sentence into the hashed sparse features the concept model reads:
 * word unigrams and bigrams over stems (Snowball, per language) and
 * character 3–5-grams inside words, which let "sombody", "somebdy" and
 * "somebody" share most of their evidence.
 *
 * Tokens come from Intl.Segmenter (Unicode word boundaries, built into
 * Node) and stems from snowball-stemmers; only the hashing is ours: a
 * 32-bit FNV-1a, because the model stores weights per bucket, not per
 * string, to stay small (see model.ts).
 */
import snowball from "snowball-stemmers";
import { wordClusters } from "./clusters.js";
import { normaliseText } from "./normalise.js";

export interface FeatureConfig {
  /** Word unigrams and bigrams. */
  readonly words: boolean;
  /** Character n-grams inside each word. */
  readonly chars: boolean;
  /** Stem words before the word features (Snowball en/de/es/fr). */
  readonly stems: boolean;
  /** Each word's meaning cluster and cluster bigrams (clusters.ts), so unseen synonyms share evidence. */
  readonly clusters?: boolean;
  /** log2 of the number of hash buckets. */
  readonly bits: number;
}

/** One feature of a sentence: its bucket and the text it came from (for evidence). */
export interface Feature {
  readonly bucket: number;
  readonly text: string;
}

const STEMMER_LANGUAGE: Readonly<Record<string, string>> = { en: "english", de: "german", es: "spanish", fr: "french" };
const stemmers = new Map<string, (word: string) => string>();

/**
 * Stems are kept per word: a message's words come back in every passage that
 * holds them (each sentence is read alone and beside each neighbour,
 * read.ts), and Snowball was the largest part of a reading. Bounded, so a
 * long-running worker does not keep every word it ever saw.
 */
const MOST_KEPT_STEMS = 20_000;

function stemmerFor(language: string): ((word: string) => string) | null {
  const name = STEMMER_LANGUAGE[language];
  if (name === undefined) return null;
  let stem = stemmers.get(name);
  if (!stem) {
    const stemmer = snowball.newStemmer(name);
    const kept = new Map<string, string>();
    stem = (word) => {
      let stemmed = kept.get(word);
      if (stemmed === undefined) {
        if (kept.size >= MOST_KEPT_STEMS) kept.clear();
        stemmed = stemmer.stem(word);
        kept.set(word, stemmed);
      }
      return stemmed;
    };
    stemmers.set(name, stem);
  }
  return stem;
}

/** Words shorter than this get no character n-grams (typos matter in content words). */
const MIN_CHAR_GRAM_WORD = 4;

const wordSegmenter = new Intl.Segmenter("en", { granularity: "word" });

/** Ids, amounts, dates and versions: no concept lives in them, and their hashed n-grams were noise ("ACC-100056" read as fraud). */
const HAS_DIGIT = /\d/;

/**
 * The last text tokenised and its tokens: the reader counts a passage's words
 * right after the model tokenised the same passage (read.ts).
 */
let lastTokenised: { text: string; tokens: readonly string[] } | null = null;

export function tokenise(text: string): string[] {
  if (lastTokenised?.text === text) return [...lastTokenised.tokens];
  const tokens: string[] = [];
  for (const segment of wordSegmenter.segment(normaliseText(text))) {
    if (segment.isWordLike && !HAS_DIGIT.test(segment.segment)) tokens.push(segment.segment);
  }
  lastTokenised = { text, tokens: [...tokens] };
  return tokens;
}

export function hashFeature(text: string, bits: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0) & ((1 << bits) - 1);
}

/** Distinct features of `text` (one sentence); `language` picks the stemmer. */
export function extractFeatures(text: string, language: string, config: FeatureConfig): Feature[] {
  const tokens = tokenise(text);
  const seen = new Map<string, Feature>();
  const add = (feature: string) => {
    if (!seen.has(feature)) seen.set(feature, { bucket: hashFeature(feature, config.bits), text: feature });
  };
  if (config.words) {
    const stemmer = config.stems ? stemmerFor(language) : null;
    const words = stemmer ? tokens.map(stemmer) : tokens;
    words.forEach((word, i) => {
      add(`w:${word}`);
      add(`b:${i === 0 ? "^" : words[i - 1]} ${word}`);
    });
    if (words.length > 0) add(`b:${words[words.length - 1]} $`);
  }
  if (config.chars) {
    for (const token of tokens) {
      // Short words are function words ("our", "the", "ist"): their n-grams
      // say who writes, not what about, and lent "our" to data loss.
      if (token.length < MIN_CHAR_GRAM_WORD) continue;
      const padded = ` ${token} `;
      for (let n = 3; n <= 5; n++) {
        for (let i = 0; i + n <= padded.length; i++) add(`c:${padded.slice(i, i + n)}`);
      }
    }
  }
  if (config.clusters) {
    const table = wordClusters();
    let previous = "^";
    for (const token of tokens) {
      const cluster = table.get(token.toLowerCase());
      const id = cluster === undefined ? "?" : String(cluster);
      if (cluster !== undefined) add(`k:${id}`);
      if (cluster !== undefined || previous !== "?") add(`kb:${previous} ${id}`);
      previous = id;
    }
  }
  return [...seen.values()];
}
