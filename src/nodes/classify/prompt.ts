/**
 * What classify asks a model: what the ticket is about. The same
 * instructions open the combined classify+analyze request (assess.ts).
 */
import { SystemMessage, HumanMessage, type BaseMessage } from "@langchain/core/messages";
import { DATA_NOT_INSTRUCTIONS, ticketBlock, type TicketForPrompt } from "../../llm/ticket-prompt.js";

export const TRIAGE_ROLE = "You triage customer support tickets for a software company.";

export const CLASSIFY_INSTRUCTIONS = `Classify the ticket:
- category: what it is about.
- priority: low (a question, no impact) … critical (their business is stopped, a security incident, or legal or money trouble now).
- complexity: simple (a how-to) … expert_required (only engineers or specialists can solve it).
- issueType: question, problem, complaint, compliment or request.
- signals: only escalation signals the customer's own words clearly show, each with a short verbatim quote from the ticket. legal_threat: lawyer, lawsuit, legal action. executive_involvement: their or our executives are involved. security_incident: breach, unauthorised access, leaked data. outage: the service is down or unusable for them. data_loss: their data is gone or corrupted. churn_risk: cancelling or switching. public_complaint: reviews, social media, press. human_requested: asks for a person. repeat_contact: has written about this before. chargeback: disputing the charge with their bank or card. A signal the customer only asks about, mentions in passing or denies is not a signal.
- urgencyIndicators: business_impacting, revenue_affecting, security_related, outage_related, deadline, many_users_affected — only those the ticket shows.
- confidence: how sure you are of the category.
- question: only when the whole ticket is a question and nothing more, that question copied verbatim; otherwise null.`;

export function classifyMessages(ticket: TicketForPrompt): BaseMessage[] {
  return [new SystemMessage([TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, CLASSIFY_INSTRUCTIONS].join("\n\n")), new HumanMessage(ticketBlock(ticket))];
}
