/**
 * Decides whether a trigger phrase found in a sentence is cancelled by the
 * words around it: "we are NOT planning any legal action", "I DON'T want to
 * cancel", "IF my API key leaks". Works on folded text (see fold.ts).
 *
 * The rule, in the order it is applied, walking back word by word from the
 * trigger:
 * 1. A clause border ends the walk: ";" ":" " - ", a clause conjunction
 *    ("but", "and", "because", "aber", "pero", "mais"…) or a subject pronoun
 *    ("we", "I", "wir", "nous"…), because a new clause has its own polarity:
 *    "if this is not fixed WE will sue" must still fire.
 * 2. A negation cue within WORD_WINDOW words, with no comma in between,
 *    cancels the trigger.
 * 3. A hypothetical cue ("if", "wenn", "si", "in case") within the same window
 *    marks it hypothetical; only the "is it happening?" signals care.
 * 4. A few sentence-wide negators ("no need", "nicht nötig", "pas besoin")
 *    cancel across a comma too, because German and French put a comma before
 *    the infinitive they negate: "Es ist nicht nötig, mit einem Menschen zu
 *    sprechen". They do not reach a trigger that opens with its own subject
 *    ("no need to reply, OUR LAWYERS will…").
 * 5. German and French can put the negation right after the verb: "wir
 *    kündigen nicht".
 */
import {
  CASE_LEADS,
  CASE_WORDS,
  CLAUSE_CONJUNCTIONS,
  HYPOTHETICAL_WORDS,
  NEGATION_WORDS,
  NOT_A_CUE_BEFORE,
  PROBLEM_STATES,
  SUBJECT_PRONOUNS,
} from "./negation-words.js";

/**
 * Five words covers the longest ordinary distance between a negation and
 * what it negates in support prose: "not | planning | to | take | any | legal
 * action", "no | vamos | a | tomar | acciones legales". Wider windows start
 * to reach into the previous clause.
 */
const WORD_WINDOW = 5;

/**
 * How far back (in characters) to look at all: five words plus a comma-
 * separated lead-in fit easily, and the bound keeps a 100 KB one-sentence
 * paste linear.
 */
const LOOKBACK_CHARS = 160;

const SCOPE_NEGATORS =
  /\b(?:no need|not necessary|not needed|unnecessary|no intention|no plans? to|kein bedarf|nicht noe?tig|nicht notwendig|nicht erforderlich|unnoe?tig|keine absicht|nicht vor|no hace falta|no es necesario|no tengo intencion|no tenemos intencion|pas besoin|pas necessaire|inutile de|aucune intention|pas l'intention)\b/;

/** A trigger that opens with its own subject is a new statement, not the object of an earlier "no need". */
const OPENS_WITH_SUBJECT =
  /^(?:i|we|my|our|someone|somebody|ich|wir|mein\w*|unser\w*|jemand|yo|mis?|nuestr\w+|alguien|je|nous|mon|ma|mes|notre|nos|quelqu'un)\b/;

/** "wir kündigen nicht", "wir verklagen euch nicht": one object pronoun may sit in between. */
const AFTER_VERB_NEGATION = /^\s+(?:(?:euch|sie|uns|dich|ihn|es|das|vous|le|la|les)\s+)?(?:nicht|nie|niemals|keinesfalls|keineswegs|pas|jamais)\b/;

/** Words (with inner apostrophes) and the punctuation that ends a clause or a comma chunk. */
const TOKEN = /[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*'?|[,;:]|(?<=\s)[-\u2013\u2014](?=\s)/gu;

export type Cancellation = "negated" | "hypothetical" | null;

function baseOf(token: string): string {
  return token.split("'")[0] ?? token;
}

function isNegationCue(token: string, next: string | undefined): boolean {
  if (next !== undefined && PROBLEM_STATES.has(next)) return false;
  if (token.endsWith("n't") || token.startsWith("n'")) return true;
  if (!NEGATION_WORDS.has(token)) return false;
  return next === undefined || !(NOT_A_CUE_BEFORE[token]?.has(next) ?? false);
}

/**
 * Why the trigger at sentence[start, end) does not count, or null when it
 * stands. `sentence` is folded text.
 */
export function findCancellation(sentence: string, start: number, end: number): Cancellation {
  const from = Math.max(0, start - LOOKBACK_CHARS);
  const prefix = sentence.slice(from, start);
  const tokens = [...prefix.matchAll(TOKEN)];
  // A cut at LOOKBACK_CHARS may have split the first word in two.
  if (from > 0) tokens.shift();

  let clauseStart = 0;
  let words = 0;
  let sameChunk = true;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const match = tokens[i];
    if (!match) continue;
    const token = match[0];
    const next = tokens[i + 1]?.[0];
    const previous = tokens[i - 1]?.[0];
    const borderAfter = match.index + token.length;
    if (token === ";" || token === ":" || (token.length === 1 && /[-\u2013\u2014]/.test(token))) {
      clauseStart = borderAfter;
      break;
    }
    if (token === ",") {
      sameChunk = false;
      continue;
    }
    const base = baseOf(token);
    const inWindow = sameChunk && words < WORD_WINDOW;
    const hypothetical = HYPOTHETICAL_WORDS.has(token) || (CASE_WORDS.has(token) && previous !== undefined && CASE_LEADS.has(previous));
    if (hypothetical) {
      if (inWindow) return "hypothetical";
      clauseStart = borderAfter;
      break;
    }
    if (CLAUSE_CONJUNCTIONS.has(token) || SUBJECT_PRONOUNS.has(base)) {
      clauseStart = borderAfter;
      break;
    }
    if (inWindow && isNegationCue(token, next)) return "negated";
    words++;
  }

  if (!OPENS_WITH_SUBJECT.test(sentence.slice(start)) && SCOPE_NEGATORS.test(prefix.slice(clauseStart))) {
    return "negated";
  }
  if (AFTER_VERB_NEGATION.test(sentence.slice(end, end + 20))) return "negated";
  return null;
}

/**
 * True when `pattern` (global) matches in some folded sentence and the match
 * is not negated there: the ticket-wide statements ("that was me", "we're not
 * affected", "false alarm") that the context rules look for.
 */
export function statesSomewhere(sentences: readonly string[], pattern: RegExp): boolean {
  for (const sentence of sentences) {
    for (const match of sentence.matchAll(pattern)) {
      if (findCancellation(sentence, match.index, match.index + match[0].length) !== "negated") return true;
    }
  }
  return false;
}
