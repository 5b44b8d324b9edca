/**
 * The category classifier: an explainable cue scorer over a taxonomy.
 *
 * score(category) = Σ weight × SUBJECT_FACTOR over its cues found in the subject
 *                 + Σ weight over its cues found in the body.
 * A cue counts once per field however often it repeats, so a pasted log that
 * says "timeout" 400 times weighs like a customer who says it once.
 *
 * A conversation (classifyConversation) is scored message by message, each
 * message's points weighted by its recency: see RECENCY_DECAY.
 */
import { CATEGORIES, type Category, type SupportedLanguage } from "../../domain/taxonomy.js";
import { compileShifts, compileTaxonomy, cuesFoundIn, indexWords, type CompiledCue, type CompiledShift, type IndexedField } from "./cue-matcher.js";
import type { Taxonomy } from "./schema.js";
import { DEFAULT_TAXONOMY } from "./taxonomy.js";
import { normalizeText, tokenize } from "./text.js";

/**
 * A subject cue weighs double: the subject is the customer's own one-line
 * summary of the problem, while a body also carries greetings, background
 * and asides. Doubling (rather than more) keeps a body that clearly
 * describes something else able to outvote one subject word.
 */
export const SUBJECT_FACTOR = 2;

/**
 * Only the start of the body is read. The topic of a support message is
 * stated up front; beyond ~3,000 words (20,000 characters, about ten pages)
 * a body is pasted logs or quoted threads whose incidental words would only
 * add noise — and reading a 1 MB body would cost time for nothing.
 */
export const MAX_BODY_CHARS = 20_000;

/**
 * Confidence when nothing scored and the answer is the general_inquiry
 * fallback: low enough that a caller with a model available will ask it,
 * since "no cue matched" says nothing about what the ticket is.
 */
export const FALLBACK_CONFIDENCE = 0.2;

/**
 * The top score at which evidence strength reaches one half. Four points is a
 * little more than one decisive cue (weight 3) in the body, a little less
 * than one in the subject (3 × 2 = 6): one strong cue alone should leave us
 * about half sure, several should push towards 1.
 */
export const EVIDENCE_HALF_POINT = 4;

/**
 * In a conversation, each message weighs this much of the one after it: the
 * latest 1, the one before ½, then ¼… The customer's latest message says
 * what the thread is about now ("I did that, but the export is empty" after
 * a how-to question is a defect report), yet a bare "thanks" or "any news?"
 * has no cues of its own and leaves the thread's earlier topic standing. At
 * ½, one decisive cue (3) in the latest message outweighs a decisive cue and
 * a hint for another category in the message before (3 × ½ + 1 × ½ = 2),
 * while a one-word hint (1) in a follow-up does not overturn a topic the
 * ticket's subject named (one subject cue of weight 3 counts 3 × 2 × ½ = 3).
 */
export const RECENCY_DECAY = 0.5;

export type Field = "subject" | "body";

/** One cue that contributed to a category's score. */
export interface CueMatch {
  category: Category;
  phrase: string;
  language: SupportedLanguage;
  weight: number;
  fields: Field[];
  /** What this cue added to its category's score (after the recency weight, in a conversation). */
  points: number;
  /** The message it was found in, counted from 0, in a conversation of more than one customer message. */
  turn?: number;
  /** The category the cue belongs to, when a shift (schema.ts) made it count for `category` instead. */
  shiftedFrom?: Category;
}

export interface CategoryResult {
  category: Category;
  /** 0–1; see `confidenceFrom`. */
  confidence: number;
  /** Raw score per category (0 for categories with no matching cue). */
  scores: Record<Category, number>;
  /** The cue phrases behind the chosen category, strongest first. */
  matched: string[];
  /** Every cue that matched, for any category, strongest first: the full explanation. */
  evidence: CueMatch[];
}

export function classifyCategory(subject: string, body: string, taxonomy: Taxonomy = DEFAULT_TAXONOMY): CategoryResult {
  return resultFrom(messageEvidence(subject, body, taxonomy), taxonomy);
}

/**
 * The category of a conversation: the customer's messages oldest first, the
 * subject belonging to the first. Each message is scored on its own and its
 * points weighted by RECENCY_DECAY to the power of how many messages came
 * after it. One message gives exactly classifyCategory's result.
 */
export function classifyConversation(subject: string, messages: readonly string[], taxonomy: Taxonomy = DEFAULT_TAXONOMY): CategoryResult {
  if (messages.length <= 1) return classifyCategory(subject, messages[0] ?? "", taxonomy);
  const last = messages.length - 1;
  const evidence = messages.flatMap((body, turn) => {
    const weight = RECENCY_DECAY ** (last - turn);
    return messageEvidence(turn === 0 ? subject : "", body, taxonomy).map((match) => ({ ...match, points: match.points * weight, turn }));
  });
  return resultFrom(
    evidence.sort((a, b) => b.points - a.points),
    taxonomy,
  );
}

function messageEvidence(subject: string, body: string, taxonomy: Taxonomy): CueMatch[] {
  const fields = { subject: indexWords(wordsOf(subject)), body: indexWords(wordsOf(body.slice(0, MAX_BODY_CHARS))) };
  const evidence = collectEvidence(compileTaxonomy(taxonomy), fields);
  return applyShifts(evidence, compileShifts(taxonomy), fields);
}

/** A shift whose trigger occurs in the message makes its `from` evidence count for `to`. */
function applyShifts(evidence: CueMatch[], shifts: readonly CompiledShift[], fields: Record<Field, IndexedField>): CueMatch[] {
  let shifted = evidence;
  for (const shift of shifts) {
    const triggered = cuesFoundIn(shift.when, fields.subject).length > 0 || cuesFoundIn(shift.when, fields.body).length > 0;
    if (!triggered) continue;
    shifted = shifted.map((match) => (match.category === shift.from ? { ...match, category: shift.to, shiftedFrom: match.shiftedFrom ?? shift.from } : match));
  }
  return shifted;
}

function resultFrom(evidence: CueMatch[], taxonomy: Taxonomy): CategoryResult {
  const scores = scoresFrom(evidence);
  const ranked = rankCategories(scores, taxonomy);
  const [top, second] = ranked;
  if (!top || scores[top] === 0) {
    return { category: "general_inquiry", confidence: FALLBACK_CONFIDENCE, scores, matched: [], evidence };
  }
  return {
    category: top,
    confidence: confidenceFrom(scores[top], second ? scores[second] : 0),
    scores,
    matched: [...new Set(evidence.filter((match) => match.category === top).map((match) => match.phrase))],
    evidence,
  };
}

/**
 * confidence = evidence × (½ + ½ × margin), where
 * - margin = (top − second) / top: 1 when no other category scored, 0 on a tie;
 * - evidence = top / (top + EVIDENCE_HALF_POINT): how much was found at all.
 * On a tie the pick is a coin toss between two categories, hence the ½
 * floor rather than 0; a clear margin on thin evidence is still unsure.
 */
export function confidenceFrom(top: number, second: number): number {
  if (top <= 0) return 0;
  const margin = (top - Math.max(0, second)) / top;
  const evidence = top / (top + EVIDENCE_HALF_POINT);
  return round2(evidence * (0.5 + 0.5 * margin));
}

function wordsOf(text: string): string[] {
  return tokenize(normalizeText(text));
}

function collectEvidence(cues: readonly CompiledCue[], fields: Record<Field, IndexedField>): CueMatch[] {
  const byCue = new Map<CompiledCue, CueMatch>();
  for (const field of ["subject", "body"] as const) {
    const factor = field === "subject" ? SUBJECT_FACTOR : 1;
    for (const cue of cuesFoundIn(cues, fields[field])) {
      const match = byCue.get(cue) ?? { ...describe(cue), fields: [], points: 0 };
      match.fields.push(field);
      match.points += cue.weight * factor;
      byCue.set(cue, match);
    }
  }
  return [...byCue.values()].sort((a, b) => b.points - a.points);
}

function describe(cue: CompiledCue): Pick<CueMatch, "category" | "phrase" | "language" | "weight"> {
  return { category: cue.category, phrase: cue.phrase, language: cue.language, weight: cue.weight };
}

function scoresFrom(evidence: readonly CueMatch[]): Record<Category, number> {
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, 0])) as Record<Category, number>;
  for (const match of evidence) scores[match.category] += match.points;
  return scores;
}

/** Highest score first; ties go to the category listed first in the taxonomy, then to contract order. */
function rankCategories(scores: Record<Category, number>, taxonomy: Taxonomy): Category[] {
  const order = taxonomy.categories.map((category) => category.id);
  const precedence = (category: Category): number => {
    const index = order.indexOf(category);
    return index === -1 ? order.length + CATEGORIES.indexOf(category) : index;
  };
  return [...CATEGORIES].sort((a, b) => scores[b] - scores[a] || precedence(a) - precedence(b));
}

/** Two decimals: finer confidence than that is noise from the weights, and it keeps outputs stable in snapshots. */
function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
