/**
 * What decide asks a model of its own (one configured for decide alone) in
 * the ambiguous band: whether to escalate, given the ticket and the triage so
 * far. When decide shares analyze's model, the recommendation already came
 * with the reading and no request is made.
 */
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { Analysis, Classification } from "../../../domain/triage.js";
import type { SimilarCase } from "../../../learning/similar-cases.js";
import { escapeMarkup } from "../../../llm/quote.js";
import type { Pseudonyms } from "../../../privacy/pseudonyms.js";
import type { RedactionKind } from "../../../domain/redaction-kinds.js";
import { redactForModel } from "../../../privacy/redact.js";
import { DATA_NOT_INSTRUCTIONS, ticketBlock, type TicketForPrompt } from "../../../llm/ticket-prompt.js";
import type { RulesDecision } from "../../../rules/rules-decision.js";
import { TRIAGE_ROLE } from "../read/prompt.js";

export const DECIDE_INSTRUCTIONS = `Decide whether a person should take over this ticket. The triage so far is between <triage> tags; the rules engine is unsure about this one. Resolved cases like it, when there are any, are between <similar_cases> tags with how people judged their decision.
- type: no_escalation (the bot can answer), scheduled_escalation (a person should look within a business day), specialist_escalation (needs expert knowledge; the team that owns the topic), management_escalation (the relationship is at stake; senior_support).
- team: who should own it. urgency: immediate (minutes), urgent (an hour), standard (4 hours), scheduled (a business day).
- confidence: 0 … 1. reason: one sentence.`;

export interface DecideFacts {
  classification: Pick<Classification, "category" | "priority" | "complexity" | "escalationSignals" | "urgencyIndicators">;
  analysis: Pick<Analysis, "frustration" | "sentiment" | "risk">;
  proposal: Pick<RulesDecision, "type" | "targetTeam" | "reasons">;
  /** Resolved cases like this one and how people judged their decision. */
  examples: readonly Pick<SimilarCase, "summary" | "decision" | "verdict">[];
}

/** A few past verdicts teach the segment's pattern; more would mostly add tokens. */
const MAX_EXAMPLES = 3;

function examplesBlock(examples: DecideFacts["examples"], mask: (text: string) => string): string[] {
  if (examples.length === 0) return [];
  const lines = examples.slice(0, MAX_EXAMPLES).map(({ summary, decision, verdict }) => {
    const judged = verdict.appropriate ? "right" : verdict.shouldHaveEscalated ? "wrong: should have escalated" : "wrong: should not have escalated";
    return `- ${escapeMarkup(mask(summary))} → ${decision.type} to ${decision.targetTeam}; people judged it ${judged}`;
  });
  return ["<similar_cases>", ...lines, "</similar_cases>"];
}

/**
 * `pseudonyms` is the run's placeholder table (ticketForPrompt already used
 * it on the ticket): the rules' reasons may quote the customer ("needs a
 * person to act: … ("…")"), and past cases are other customers' words.
 */
/** `kinds`: what is redacted (ESCALATION_REDACT, from the settings). */
export function decideMessages(ticket: TicketForPrompt, facts: DecideFacts, kinds: readonly RedactionKind[], pseudonyms?: Pseudonyms): BaseMessage[] {
  const { classification: c, analysis: a } = facts;
  const mask = (text: string) => (pseudonyms ? pseudonyms.mask(redactForModel(text, kinds).text) : redactForModel(text, kinds).text);
  const proposal = { ...facts.proposal, reasons: facts.proposal.reasons.map((r) => escapeMarkup(mask(r))) };
  const triage = [
    "<triage>",
    `category: ${c.category}; priority: ${c.priority}; complexity: ${c.complexity}`,
    `signals: ${c.escalationSignals.join(", ") || "none"}; urgency indicators: ${c.urgencyIndicators.join(", ") || "none"}`,
    `frustration: ${a.frustration}/100 (${a.sentiment}); overall risk: ${a.risk.overall}/100`,
    `rules engine proposes: ${proposal.type} to ${proposal.targetTeam} (${proposal.reasons.join("; ")})`,
    "</triage>",
    ...examplesBlock(facts.examples, mask),
  ].join("\n");
  return [new SystemMessage([TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, DECIDE_INSTRUCTIONS].join("\n\n")), new HumanMessage(`${ticketBlock(ticket)}\n${triage}`)];
}
