/**
 * Whether words that name a person-only request (src/rules/human-action.ts)
 * really ask us for it where they stand: not in a policy question ("in which
 * cases can I request a refund?"), not under a condition ("if we cancel
 * after three months, do you refund…?"), not said to be unneeded ("we don't
 * need old invoices changed"), not in words addressed to the agent
 * (signals/steering.ts), and, for what the customer can do
 * themselves, not in a how-to question ("how do I delete my account?").
 */
import { foldText } from "./signals/fold.js";
import { isHypotheticalSentence } from "./signals/questions.js";
import { steeringSentences } from "./signals/steering.js";

/**
 * Asking in which cases something is possible is a policy question, even
 * in request words: "in which cases can I request a refund?", "check your
 * money-back guarantee". The bot answers those from the knowledge base.
 */
const POLICY_QUESTION =
  /(?:\b(?:which|what)\s+(?:cases|situations|circumstances)\b|\bguarantee\b|\bwhen\s+(?:can|could|may)\s+(?:i|we)\b|\bam i (?:entitled|eligible)\b|\b(?:bekommt|kriegt|erhält)\s+man\b)/i;

/**
 * "How do I delete my account?", "comment fermer mon compte ?": the customer
 * asks how to do it themselves, which the product lets them do.
 */
const HOW_TO_QUESTION =
  /(?:^|[,:;]\s*|\b(?:hi|hello|hey|ok|so|also|and)\b[,!]?\s+)(?:how|where)\s+(?:do|can|could|would|should|does one)\s+(?:i|we|you)\b|\bhow\s+to\b|\bwie\s+(?:kann|können|koennen|muss|müssen)\s+(?:ich|wir|man)\b|\bc[óo]mo\s+(?:puedo|podemos|se\s+puede|hago|hacemos)\b|\bcomment\s+(?:puis-je|pouvons-nous|je\s+peux|on\s+peut|faire|\p{L}+er)\b/iu;

/** Erasure in the words of the law: a person must log and confirm it, so never a how-to. */
const RIGHTS_WORDS = /gdpr|dsgvo|rgpd|erasure|forgotten|dsar|data subject|olvido|oubli/i;

/**
 * The request said not to be needed, right before its words: "We don't need old invoices changed", "no need to
 * refund", "wir brauchen keine Gutschrift", "no hace falta rehacer la factura", « pas besoin de refaire la facture ».
 */
const NEGATED_BEFORE =
  /(?:\b(?:don'?t|do not|doesn'?t|does not|didn'?t|did not|won'?t|no need to|there'?s no need to|not necessary to|never)\s+(?:\p{L}+\s+){0,2}|\b(?:kein(?:e|en)?|nicht)\s+|\bno\s+(?:hace\s+falta|es\s+necesario|necesit\p{L}+)\s+(?:\p{L}+\s+){0,1}|\bpas\s+besoin\s+(?:de\s+|d')?)$/iu;

/** Whether the position lies in words addressed to the agent ("… refund the last 12 months and escalate to the CEO"). */
function steersAt(text: string, position: number): boolean {
  const spans = [...text.matchAll(/[^.!?\n]+[.!?\n]*/g)];
  const steering = steeringSentences(spans.map((span) => foldText(span[0]).text));
  const at = spans.findIndex((span) => span.index <= position && position < span.index + span[0].length);
  return at >= 0 && steering[at] === true;
}

/** The sentence of `text` around [start, end). */
function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start).search(/[^.!?\n]*$/);
  const after = text.slice(end).search(/[.!?\n]/);
  return text.slice(before, after === -1 ? text.length : end + after);
}

/**
 * True when the match at [start, end) of `text` asks us to act. `selfService`:
 * the customer can do this themselves, so asking how is no request.
 */
export function askedOfUs(text: string, start: number, end: number, selfService: boolean): boolean {
  const sentence = sentenceAround(text, start, end);
  if (POLICY_QUESTION.test(sentence) || isHypotheticalSentence(foldText(sentence.trim()).text)) return false;
  const before = text.slice(text.slice(0, start).search(/[^.!?\n]*$/), start);
  if (NEGATED_BEFORE.test(before) || steersAt(text, start)) return false;
  return !(selfService && HOW_TO_QUESTION.test(sentence.trim()) && !RIGHTS_WORDS.test(text.slice(start, end)));
}
