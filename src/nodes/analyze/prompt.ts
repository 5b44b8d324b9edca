/**
 * What analyze asks a model: how the customer feels, how risky the ticket
 * is, and — for decide, in the same answer so it costs no extra round trip —
 * whether a person should take over.
 */
import { SystemMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { DATA_NOT_INSTRUCTIONS, ticketBlock, type TicketForPrompt } from "../../llm/ticket-prompt.js";
import { TRIAGE_ROLE } from "../classify/prompt.js";

export const ANALYZE_INSTRUCTIONS = `Read the customer and the risk:
- sentiment, and frustration from 0 (calm) to 100 (furious); sarcasm and polite anger count.
- risk from 0 to 100: how likely the ticket goes badly (churn, public complaint, legal trouble, lost revenue) if a bot keeps answering it.
- recommendation: no_escalation (the bot can answer), scheduled_escalation (a person should look within a business day), specialist_escalation (needs expert knowledge; the team that owns the topic), management_escalation (the relationship is at stake; senior_support). urgency: immediate (minutes), urgent (an hour), standard (4 hours), scheduled (a business day). reason: one sentence.`;

export function analyzeMessages(ticket: TicketForPrompt): BaseMessage[] {
  return [new SystemMessage([TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, ANALYZE_INSTRUCTIONS].join("\n\n")), new HumanMessage(ticketBlock(ticket))];
}
