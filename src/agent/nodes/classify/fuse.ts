/**
 * Fuses the model's classification into the rules engine's. The rules are
 * the floor: a model may add what they missed and raise what they rated too
 * low, never take away a signal or lower a priority.
 *
 * - signals: the union; a model's signal counts only when its quote is found
 *   in the ticket, so an invented sentence cannot escalate a ticket
 * - urgency indicators: the union
 * - priority, complexity: the higher of the two
 * - category (and with it the issue type): the model's, when it is more sure
 *   than the rules' cue classifier
 * - tier, entities, language: the rules' (read from fields and patterns)
 */
import type { ClassificationJudgement } from "../../../domain/judgement.js";
import { COMPLEXITIES, maxPriority, type Complexity, type EscalationSignal } from "../../../domain/taxonomy.js";
import type { Classification, Evidence } from "../../../domain/triage.js";

export interface FusedClassification {
  classification: Classification;
  /** Every signal the model reported with a quote found in the ticket. */
  modelSignals: EscalationSignal[];
  /** The subset the rules engine did not see. */
  addedSignals: EscalationSignal[];
  /** What the model changed, worded for the decision's reasons. */
  contributions: string[];
  /** The model's verbatim quote showing the ticket is only a question, when it was found in the ticket; else null. */
  question: string | null;
}

/** Shorter quotes ("no", "it") match anywhere and prove nothing. */
const MIN_QUOTE_CHARS = 4;
const MAX_EVIDENCE_CHARS = 200;

export function fuseClassification(rules: Classification, model: ClassificationJudgement, ticketText: string): FusedClassification {
  const contributions: string[] = [];
  const haystack = normalise(ticketText);

  const modelSignals: EscalationSignal[] = [];
  const evidence: Evidence[] = [...rules.evidence];
  for (const { signal, quote } of model.signals) {
    const needle = normalise(quote);
    if (needle.length < MIN_QUOTE_CHARS || !haystack.includes(needle)) continue;
    if (!modelSignals.includes(signal)) modelSignals.push(signal);
    const match = quote.trim().slice(0, MAX_EVIDENCE_CHARS);
    if (!evidence.some((e) => e.signal === signal && e.match === match)) evidence.push({ signal, match, rule: "llm" });
  }
  const addedSignals = modelSignals.filter((s) => !rules.escalationSignals.includes(s));
  for (const signal of addedSignals) contributions.push(`signal ${signal} (llm)`);

  const addedIndicators = model.urgencyIndicators.filter((i) => !rules.urgencyIndicators.includes(i));
  for (const indicator of addedIndicators) contributions.push(`urgency indicator ${indicator} (llm)`);

  const priority = maxPriority(rules.priority, model.priority);
  if (priority !== rules.priority) contributions.push(`priority raised to ${priority} (llm) from ${rules.priority} (rules)`);

  const complexity = maxComplexity(rules.complexity, model.complexity);
  if (complexity !== rules.complexity) contributions.push(`complexity raised to ${complexity} (llm) from ${rules.complexity} (rules)`);

  const modelCategory = model.category !== rules.category && model.confidence > rules.confidence;
  if (modelCategory) {
    contributions.push(`category ${model.category} (llm, ${model.confidence.toFixed(2)}) over ${rules.category} (rules, ${rules.confidence.toFixed(2)})`);
  }
  const agreeOnCategory = model.category === rules.category;

  return {
    classification: {
      ...rules,
      category: modelCategory ? model.category : rules.category,
      issueType: modelCategory ? model.issueType : rules.issueType,
      priority,
      complexity,
      escalationSignals: [...rules.escalationSignals, ...addedSignals],
      urgencyIndicators: [...rules.urgencyIndicators, ...addedIndicators],
      evidence,
      confidence: round2(modelCategory ? model.confidence : agreeOnCategory ? Math.max(rules.confidence, model.confidence) : rules.confidence),
    },
    modelSignals,
    addedSignals,
    contributions,
    question: verifiedQuestion(model, haystack),
  };
}

/** A question the model quoted, kept only when it calls the ticket a question and the quote is in the ticket. */
function verifiedQuestion(model: ClassificationJudgement, haystack: string): string | null {
  if (model.issueType !== "question" || !model.question) return null;
  const needle = normalise(model.question);
  return needle.length >= MIN_QUOTE_CHARS && haystack.includes(needle) ? model.question.trim().slice(0, MAX_EVIDENCE_CHARS) : null;
}

function maxComplexity(a: Complexity, b: Complexity): Complexity {
  return COMPLEXITIES.indexOf(a) >= COMPLEXITIES.indexOf(b) ? a : b;
}

/** Case, spacing, typographic quotes and our prompt's escapes differ between a text and a model's copy of it. */
function normalise(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .toLowerCase()
    .replace(/[\u2018\u2019\u02BC]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/\s+/g, " ")
    .replace(/^["'\s.…]+|["'\s.…]+$/g, "");
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
