/**
 * Runs every pattern family over every sentence and keeps the matches that
 * survive the negation, hypothetical and topic-question rules.
 */
import type { SupportedLanguage } from "../../domain/taxonomy.js";
import type { PatternFamily, SignalTarget } from "./family.js";
import { ALL_FAMILIES } from "./families/index.js";
import { foldText } from "./fold.js";
import { findCancellation } from "./negation.js";
import { isHypotheticalSentence, isTopicQuestion } from "./questions.js";
import { splitSentences } from "./sentences.js";

/** One surviving match: what it supports, which family found it, the customer's words. */
export interface Hit {
  readonly target: SignalTarget;
  readonly language: SupportedLanguage;
  readonly rule: string;
  readonly match: string;
}

/**
 * Targets that say something IS happening. A question about the topic
 * ("is there a status page for outages?") or a hypothetical ("if my key
 * leaks…") must not raise them. Threats and requests (legal, churn, human,
 * public complaint…) are the opposite: "can I talk to a human?" IS the
 * request, so those stay on; so does deadline ("can you fix it by Friday?").
 */
const ABOUT_A_PRESENT_PROBLEM: ReadonlySet<SignalTarget> = new Set<SignalTarget>([
  "outage",
  "security_incident",
  "data_loss",
  "chargeback",
  "security_related",
  "outage_related",
  "many_users_affected",
  "business_impacting",
  "revenue_affecting",
]);

function standsInSentence(sentence: string, start: number, end: number, target: SignalTarget): boolean {
  const cancellation = findCancellation(sentence, start, end);
  if (cancellation === "negated") return false;
  return !(cancellation === "hypothetical" && ABOUT_A_PRESENT_PROBLEM.has(target));
}

function requirementMet(family: PatternFamily, sentence: string): boolean {
  if (!family.requires) return true;
  for (const match of sentence.matchAll(family.requires)) {
    if (match[0].length > 0 && standsInSentence(sentence, match.index, match.index + match[0].length, family.target)) {
      return true;
    }
  }
  return false;
}

/** All surviving matches in `text`, in text order; `language` only picks the sentence-splitting locale. */
export function scan(text: string, language: string): Hit[] {
  const folded = foldText(text);
  const hits: Hit[] = [];
  for (const sentence of splitSentences(text, folded, language)) {
    const reportsNothingNow = isTopicQuestion(sentence.text) || isHypotheticalSentence(sentence.text);
    for (const family of ALL_FAMILIES) {
      if (reportsNothingNow && ABOUT_A_PRESENT_PROBLEM.has(family.target)) continue;
      if (!requirementMet(family, sentence.text)) continue;
      for (const match of sentence.text.matchAll(family.pattern)) {
        const start = match.index;
        const end = start + match[0].length;
        if (end === start || !standsInSentence(sentence.text, start, end, family.target)) continue;
        hits.push({
          target: family.target,
          language: family.language,
          rule: `${family.target}/${family.language}/${family.name}`,
          match: folded.original(sentence.offset + start, sentence.offset + end).trim(),
        });
      }
    }
  }
  return hits;
}
