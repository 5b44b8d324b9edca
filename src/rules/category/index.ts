/** The category classifier over a configurable taxonomy. */
export { classifyCategory, classifyConversation, confidenceFrom, RECENCY_DECAY, SUBJECT_FACTOR, MAX_BODY_CHARS, FALLBACK_CONFIDENCE } from "./classifier.js";
export type { CategoryResult, CueMatch, Field } from "./classifier.js";
export { TaxonomySchema, CueSchema, ShiftSchema, MAX_CUE_WEIGHT } from "./schema.js";
export type { Taxonomy, TaxonomyCategory, Cue, LanguageCues, Shift } from "./schema.js";
export { DEFAULT_TAXONOMY } from "./taxonomy.js";
export { parseCuePhrase } from "./cue-phrase.js";
export { normalizeText, tokenize } from "./text.js";
