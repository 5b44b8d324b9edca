/**
 * Turns the collected evidence into a 0–100 frustration level and the cues
 * that explain it.
 *
 * The score is a base from the lexicon plus one bounded boost per kind of
 * cue. Every part only grows with its evidence and has its own ceiling (40
 * at most), so the result is monotone (more anger never lowers it) and
 * explainable (each cue names what it added), and no single kind of evidence
 * can max it out: reaching "very negative" (70) takes at least two kinds.
 *
 * Calibration: the seed's four test tickets land at 0 (polite password reset,
 * target < 30), 0 (calm webhook question, < 40), 96 (enterprise outage with a
 * legal threat, > 90) and 100 (third contact about a billing error, > 85).
 */
import type { LexiconReading } from "./lexicon.js";
import type { WordingMatches } from "./wording.js";
import type { WordingKind } from "./wording-catalogue.js";

export interface FrustrationEvidence {
  lexicon: LexiconReading;
  shoutedWords: string[];
  exclamationRuns: string[];
  wording: WordingMatches;
}

export interface FrustrationAssessment {
  /** 0–100 integer. */
  frustration: number;
  cues: string[];
}

/**
 * Lexicon base: 0 for a neutral or positive text, rising linearly to 40 at a
 * comparative of -0.5. -0.5 is a mildly negative word (AFINN -2) every four
 * tokens, the density of an outright rant; 40 keeps words alone below the
 * "very negative" line (70), which also needs cues of how it is said.
 */
const LEXICON_MAX_POINTS = 40;
const LEXICON_SATURATION_COMPARATIVE = -0.5;

interface Boost {
  /** Points per piece of evidence. */
  per: number;
  /** Ceiling for this kind, so one kind repeated cannot max out the score. */
  cap: number;
}

/**
 * Weights, in order of how strongly each cue predicts an escalation-worthy
 * mood. Threats (legal steps, leaving, public reviews, chargebacks) weigh the
 * most per piece because customers announce consequences only when they have
 * given up on normal support; outrage words next; repeat contact after, since
 * "third time" means patience has already run out; profanity, shouting and
 * stacked "!!!" show heat but also habit; irritation words and urgency
 * wording are the weakest, because calm customers say "annoying" and
 * "as soon as possible" too.
 */
const BOOSTS = {
  threat: { per: 25, cap: 40 },
  anger: { per: 20, cap: 40 },
  repeat_contact: { per: 15, cap: 30 },
  profanity: { per: 15, cap: 30 },
  exclamation: { per: 12, cap: 24 },
  shouting: { per: 7, cap: 21 },
  irritation: { per: 10, cap: 20 },
  urgency: { per: 8, cap: 16 },
} as const satisfies Record<string, Boost>;

/** Cue lines list at most this many examples; a pasted log must not produce a wall of text. */
const MAX_EXAMPLES_PER_CUE = 5;

const WORDING_CUE_LABELS: Record<WordingKind, string> = {
  threat: "threat wording",
  anger: "anger wording",
  repeat_contact: "repeat contact wording",
  profanity: "profanity",
  irritation: "irritation wording",
  urgency: "urgency wording",
};

/** Kinds in the order their cues are reported: strongest first. */
const WORDING_REPORT_ORDER: readonly WordingKind[] = ["threat", "anger", "repeat_contact", "profanity", "irritation", "urgency"];

export function assessFrustration(evidence: FrustrationEvidence): FrustrationAssessment {
  const cues: string[] = [];
  let points = lexiconPoints(evidence.lexicon.comparative);
  // AFINN rates swear words too; they are reported under "profanity", unquoted, instead.
  const swearing = new Set(evidence.wording.profanity);
  const negativeWords = evidence.lexicon.negativeWords.filter((word) => !swearing.has(word));
  if (points > 0 && negativeWords.length > 0) {
    cues.push(`negative words: ${examples(negativeWords)}`);
  }

  for (const kind of WORDING_REPORT_ORDER) {
    const found = evidence.wording[kind];
    if (found.length === 0) continue;
    points += boost(BOOSTS[kind], found.length);
    // Profanity is named, not quoted: the cue ends up in hand-off notes and dashboards.
    cues.push(kind === "profanity" ? WORDING_CUE_LABELS[kind] : `${WORDING_CUE_LABELS[kind]}: ${examples(found)}`);
  }

  if (evidence.shoutedWords.length > 0) {
    points += boost(BOOSTS.shouting, evidence.shoutedWords.length);
    cues.push(`capitals: ${examples(evidence.shoutedWords)}`);
  }
  if (evidence.exclamationRuns.length > 0) {
    points += boost(BOOSTS.exclamation, evidence.exclamationRuns.length);
    cues.push(`exclamation run: ${examples(evidence.exclamationRuns)}`);
  }

  return { frustration: Math.round(Math.min(100, points)), cues };
}

function lexiconPoints(comparative: number): number {
  const share = Math.min(1, Math.max(0, comparative / LEXICON_SATURATION_COMPARATIVE));
  return share * LEXICON_MAX_POINTS;
}

function boost({ per, cap }: Boost, count: number): number {
  return Math.min(cap, per * count);
}

function examples(items: readonly string[]): string {
  return [...new Set(items)].slice(0, MAX_EXAMPLES_PER_CUE).join(", ");
}
