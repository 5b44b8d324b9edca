/**
 * Reads a message sentence by sentence with the concept model and reports,
 * per concept, the sentence that shows it most clearly — when that is above
 * the concept's threshold. A ticket is read as its sentences because a
 * request for a person is usually one line inside a longer story, and the
 * model was trained on single utterances.
 */
import { cutAtChatBreaks } from "../signals/chat-breaks.js";
import { forSegmenter } from "../signals/sentences.js";
import { unwrapLines } from "../signals/wrapped-lines.js";
import { CONCEPTS, type Concept } from "./concepts.js";
import { tokenise } from "./features.js";
import { conceptModel, type ConceptModel } from "./model.js";

export interface ConceptFinding {
  concept: Concept;
  /** The model's probability for the concept on `sentence`, 0–1. */
  score: number;
  /** The customer's sentence, as written. */
  sentence: string;
  /** The features that weighed most, readable ("real person", "~agen"). */
  features: string[];
}

/**
 * Bounds on what one message costs: a pasted log of thousands of lines is
 * not where a customer asks for a person. 60 sentences of up to 400
 * characters cover a long email.
 */
const MAX_SENTENCES = 60;
const MAX_SENTENCE_CHARS = 400;
/** Below this a fragment ("Hi,", "Thanks!") carries no concept. */
const MIN_SENTENCE_CHARS = 4;

/**
 * Words a sentence needs before it can show a concept. "Never", "cancel
 * it" or "another standard account" give the model two or three features
 * to lean on, and it leans too hard; a request for a person is the
 * exception ("Human!", "agent pls" are complete requests).
 */
const MIN_WORDS = 3;
const MIN_WORDS_FOR: Partial<Record<Concept, number>> = { human_request: 1 };

const sentenceSegmenter = new Intl.Segmenter("en", { granularity: "sentence" });

/**
 * The sentences of `text`, each line on its own (a chat line, a list item, a
 * signature); the lines of a hard-wrapped paragraph are joined first
 * (signals/wrapped-lines.ts), so "A link to the" is not read as a sentence.
 */
export function splitIntoSentences(text: string): string[] {
  const sentences: string[] = [];
  for (const line of unwrapLines(text).split(/\n+/)) {
    // Segmented on the masked copy (list numbers, ordinal dates), read as written.
    for (const { index, segment } of sentenceSegmenter.segment(forSegmenter(line))) {
      for (const piece of cutAtChatBreaks(line.slice(index, index + segment.length))) {
        const sentence = piece.text.trim();
        if (sentence.length >= MIN_SENTENCE_CHARS) sentences.push(sentence.slice(0, MAX_SENTENCE_CHARS));
        if (sentences.length >= MAX_SENTENCES) return sentences;
      }
    }
  }
  return sentences;
}

function readable(feature: string): string {
  const body = feature.slice(2);
  if (feature.startsWith("c:")) return `~${body.trim()}`;
  return body.replace(/\^ |\s\$$/g, "").trim();
}

/** Whether `sentence` can show `concept` at all, whatever the model scores (the engine's context rules). */
export type Admissible = (concept: Concept, sentence: string) => boolean;

/**
 * Concepts found in `text`, strongest first; `language` (ISO 639-1) picks the
 * stemmer. A sentence `admissible` refuses for a concept is skipped for it,
 * so a weaker sentence that does show the concept can still be reported.
 */
export function readConcepts(text: string, language: string, model: ConceptModel = conceptModel(), admissible: Admissible = () => true): ConceptFinding[] {
  const best = new Map<Concept, ConceptFinding>();
  const thresholds = model.metadata.thresholds;
  for (const passage of passagesOf(splitIntoSentences(text))) {
    const { probabilities, features } = model.score(passage.text, language);
    const words = tokenise(passage.text).length;
    for (const concept of CONCEPTS) {
      if (words < (MIN_WORDS_FOR[concept] ?? MIN_WORDS)) continue;
      const score = probabilities[concept];
      const threshold = thresholds[concept] ?? 1;
      if (score < threshold || score <= (best.get(concept)?.score ?? 0)) continue;
      if (!passage.sentences.every((sentence) => admissible(concept, sentence))) continue;
      best.set(concept, {
        concept,
        score: Math.round(score * 1000) / 1000,
        sentence: passage.text,
        features: model.strongest(features, concept, 3).map((f) => readable(f.text)),
      });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
}

/** What the model reads at once: one sentence, or two that follow each other. */
interface Passage {
  text: string;
  sentences: readonly string[];
}

/**
 * Each sentence, and each pair of neighbours that fits the sentence budget.
 * People often state a concept across two sentences ("Got an email saying
 * 2FA was turned off. I didn't do that."), where neither shows it alone; the
 * model was trained on such two- and three-sentence snippets as well as on
 * single sentences. A pair is admissible only when both its sentences are,
 * so a conditional or a topic question never lends its words to a neighbour.
 */
function passagesOf(sentences: readonly string[]): Passage[] {
  const passages: Passage[] = sentences.map((sentence) => ({ text: sentence, sentences: [sentence] }));
  for (let i = 0; i + 1 < sentences.length; i++) {
    const pair = [sentences[i] ?? "", sentences[i + 1] ?? ""];
    const text = pair.join(" ");
    if (text.length <= MAX_SENTENCE_CHARS) passages.push({ text, sentences: pair });
  }
  return passages;
}
