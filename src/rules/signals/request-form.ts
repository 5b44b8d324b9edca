/**
 * Whether a sentence is shaped as a request to the company: a question, or
 * words that ask someone to act ("please", "could you", "we need you to",
 * „bitte", "könnten Sie", "por favor", "¿podéis…?", « pourriez-vous », « merci
 * de »). The learned reader of staff-only requests scores a sentence by its
 * topic words, so a sentence that only states a fact about an invoice or a
 * plan ("Registered charity no. 1098765", "The UI only shows the last 50
 * runs.") can score like a request; the shape is what tells them apart.
 *
 * Written by hand: no maintained library detects request mood in English,
 * German, Spanish and French; these are the grammatical markers, not topics.
 * Works on folded text (signals/fold.ts: lowercase, no diacritics).
 */
import { endsAsQuestion } from "./questions.js";

const ASKING_WORDS = [
  // English: "please", "pls", "kindly", "could you", "can we get", "we need you to", "I'd like you to", "has to be reissued"
  String.raw`\b(?:please|pls|plz|kindly)\b`,
  String.raw`\b(?:could|can|would|will)\s+(?:you|someone|somebody|anyone|your team)\b`,
  String.raw`\b(?:could|can|may)\s+(?:we|i)\s+(?:get|have|please)\b`,
  String.raw`\b(?:we|i)\s+(?:need|want|would like|'d like|d like)\s+(?:you|your team|someone)\s+to\b`,
  String.raw`\b(?:need|needs|has|have)\s+to\s+be\s+\w+ed\b`,
  String.raw`\b(?:i|we)(?:'d| would)\s+(?:like|appreciate)\b`,
  String.raw`\bis it possible\b|\bany chance\b`,
  // German: "bitte", "könnten Sie", "können Sie", "könnt ihr", "wir brauchen", "wäre es möglich", "ich möchte"
  String.raw`\bbitte\b`,
  String.raw`\b(?:koe?nnten|koe?nnen|wue?rden)\s+(?:sie|ihr)\b|\bkoe?nnt\s+ihr\b`,
  String.raw`\b(?:wir|ich)\s+(?:brauchen|brauche|benoe?tigen|benoe?tige|moe?chten|moe?chte|hae?tten gern)\b`,
  String.raw`\bwae?re es moe?glich\b`,
  // Spanish: "por favor", "¿pueden…?", "podríais", "necesito que", "necesitamos", "les pido", "quisiera"
  String.raw`\bpor favor\b|\bporfa\b`,
  String.raw`\b(?:pueden|podrian|podria|podeis|podriais|puede)\b`,
  String.raw`\bnecesit(?:o|amos|ariamos|aria)\b`,
  String.raw`\b(?:les|os|le)\s+(?:pido|pedimos|ruego|rogamos|agradeceria|agradeceriamos)\b|\bquisiera(?:mos)?\b`,
  // French: "s'il vous plaît", "svp", "pourriez-vous", "pouvez-vous", "merci de", "nous souhaitons", "serait-il possible"
  String.raw`\bs'?il vous plait\b|\bsvp\b|\bstp\b`,
  String.raw`\b(?:pourriez|pouvez|pourrais|peux)-?\s?(?:vous|tu)\b`,
  String.raw`\bmerci de\b|\b(?:je|nous)\s+(?:souhaite|souhaitons|voudrais|voudrions|demande|demandons)\b|\bserait-il possible\b|\bavons besoin\b|\bai besoin\b`,
];

const ASKING = new RegExp(ASKING_WORDS.join("|"));

/** True when the folded sentence is a question or asks someone to act. */
export function isShapedAsRequest(folded: string): boolean {
  // A question, however it opens ("Can I get that refunded?", "¿me devuelven uno?"), or words that ask.
  return endsAsQuestion(folded) || ASKING.test(folded);
}

/** A line quoted from an earlier mail ("> Hi Ciara, please find attached …"): our words or someone else's, not the customer's. */
export function isQuotedLine(sentence: string): boolean {
  return /^\s*>/.test(sentence);
}
