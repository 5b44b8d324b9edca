/**
 * The held-back test rows of the public utterance sets, as eval items: one
 * utterance is one ticket (no subject, a paid customer), labelled only with
 * whether a person must see it. Category, priority and team are not labelled
 * in these sets, so only escalation is scored on them.
 */
import { DECISION_TYPES } from "../../src/domain/taxonomy.js";
import type { Example } from "../../datasets/example.js";
import type { EvalItem } from "../dataset-schema.js";

const ESCALATIONS = DECISION_TYPES.filter((d) => d !== "no_escalation");

export function toEvalItem(row: Example, index: number): EvalItem {
  const decision = row.mustEscalate === true ? ESCALATIONS : row.mustEscalate === false ? ["no_escalation" as const] : [...DECISION_TYPES];
  return {
    id: `${row.source}-${index + 1}`,
    ticket: { description: row.text, customerTier: "paid" },
    labels: { category: "general_inquiry", priority: "low", decision, team: ["general_support"], must_escalate: row.mustEscalate, language: row.language },
    turns: [],
    tags: [],
    note: row.intent,
  } as EvalItem;
}
