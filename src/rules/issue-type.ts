/**
 * What kind of message this is: a question, a problem report, a complaint,
 * a request or a compliment. Cheap surface cues are enough here; the label
 * only shapes the reply's tone and the priority of low-stakes tickets.
 */
import type { Category, EscalationSignal, IssueType } from "../domain/taxonomy.js";

const QUESTION_START =
  /^(how|what|where|when|why|which|who|can|could|would|is|are|do|does|wie|was|wo|wann|warum|kann|gibt|como|cómo|que|qué|donde|dónde|puedo|comment|quel|quelle|où|est-ce|pouvez)\b/iu;
const THANKS = /\b(thank(s| you)|danke|gracias|merci)\b/iu;
const REQUEST = /\b(please add|could you add|would be (great|nice)|feature request|wish(list)?|bitte (fügt|fuegt)|podrían añadir|pourriez-vous ajouter)\b/iu;
const COMPLAINT_SIGNALS: readonly EscalationSignal[] = ["public_complaint", "churn_risk", "repeat_contact", "legal_threat"];

export interface IssueTypeInput {
  text: string;
  category: Category;
  signals: readonly EscalationSignal[];
  frustration: number;
  /** Lexicon polarity: above 0 leans positive. */
  lexiconScore: number;
}

export function assessIssueType(input: IssueTypeInput): IssueType {
  const { text, category, signals, frustration, lexiconScore } = input;
  // 60: the customer is clearly upset, whatever else the message contains.
  if (frustration >= 60 || signals.some((s) => COMPLAINT_SIGNALS.includes(s))) return "complaint";
  if (category === "feature_request" || REQUEST.test(text)) return "request";
  // 10: calm enough that thanks are the point of the message, not politeness.
  if (THANKS.test(text) && lexiconScore > 0 && frustration < 10 && !text.includes("?")) return "compliment";
  const sentences = text.split(/(?<=[.!?])\s+/u);
  if (sentences.some((s) => s.trim().endsWith("?") || QUESTION_START.test(s.trim()))) {
    return "question";
  }
  return "problem";
}
