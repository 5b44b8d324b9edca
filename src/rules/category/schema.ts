/**
 * The taxonomy file format. A team can ship its own taxonomy as JSON:
 *
 * ```json
 * { "categories": [
 *     { "id": "billing",
 *       "cues": { "en": [{ "phrase": "refund*", "weight": 3 }],
 *                 "de": [{ "phrase": "rückerstattung*", "weight": 3 }] } } ] }
 * ```
 *
 * `id` is one of the contract's categories; `cues` maps a supported
 * language to weighted cue phrases (syntax in cue-phrase.ts). Every language
 * is optional. Order matters: when two categories tie, the one listed first
 * wins, so list the categories whose misrouting costs most first.
 */
import { z } from "zod";
import { Category, SUPPORTED_LANGUAGES } from "../../domain/taxonomy.js";
import { parseCuePhrase } from "./cue-phrase.js";

/**
 * Upper bound on one cue's weight. The default taxonomy uses 1 (a hint),
 * 2 (strong but shared with another topic) and 3 (names the category on its
 * own); 10 leaves room for a team's "always this category" cue without
 * letting a typo like 300 silence every other cue.
 */
export const MAX_CUE_WEIGHT = 10;

/** Longest phrase accepted, in characters: cues are names of topics, not sentences. */
const MAX_PHRASE_LENGTH = 100;

export const CueSchema = z.object({
  phrase: z
    .string()
    .trim()
    .min(1)
    .max(MAX_PHRASE_LENGTH)
    .refine((phrase) => parseCuePhrase(phrase) !== null, {
      message: "must be 1-8 words of letters/digits, with optional '*' at a word's start or end around at least 3 letters",
    }),
  weight: z.number().positive().max(MAX_CUE_WEIGHT),
});
export type Cue = z.infer<typeof CueSchema>;

const cueList = z.array(CueSchema).optional();

/** Cues per language; a language with no cues is simply absent. Unknown language keys are rejected. */
export const LanguageCuesSchema = z.strictObject({
  en: cueList,
  de: cueList,
  es: cueList,
  fr: cueList,
} satisfies Record<(typeof SUPPORTED_LANGUAGES)[number], typeof cueList>);
export type LanguageCues = z.infer<typeof LanguageCuesSchema>;

export const TaxonomyCategorySchema = z.object({
  id: Category,
  cues: LanguageCuesSchema,
});
export type TaxonomyCategory = z.infer<typeof TaxonomyCategorySchema>;

/**
 * A shift: when one of `when`'s phrases occurs in a message, the evidence
 * found there for `from` counts for `to` instead. It encodes a boundary that
 * lies in the circumstances rather than the symptom: a blank page is a
 * defect for one user and a platform incident when nobody in the company can
 * work, and no single cue word can say which.
 */
export const ShiftSchema = z.object({
  from: Category,
  to: Category,
  when: z.array(CueSchema.shape.phrase).min(1),
});
export type Shift = z.infer<typeof ShiftSchema>;

export const TaxonomySchema = z
  .object({
    categories: z.array(TaxonomyCategorySchema).min(1),
    shifts: z.array(ShiftSchema).optional(),
  })
  .refine((taxonomy) => new Set(taxonomy.categories.map((c) => c.id)).size === taxonomy.categories.length, {
    message: "each category may appear only once",
    path: ["categories"],
  });
export type Taxonomy = z.infer<typeof TaxonomySchema>;
