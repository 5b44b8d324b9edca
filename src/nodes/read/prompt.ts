/**
 * What the run's first round trip asks a model. One request, when one model
 * serves classify, analyze and respond: what the ticket is about, how the
 * customer feels and whether a person should take over, and the personal
 * part of the reply. With classify and analyze on different models, one
 * request each (sent at the same time).
 *
 * The instructions are the only place a field's meaning is said: the
 * schemas sent with them carry no descriptions (src/llm/strict-schema.ts),
 * so every request pays for the meaning once.
 */
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { escapeAttribute } from "../../llm/quote.js";
import { DATA_NOT_INSTRUCTIONS, ticketBlock, type TicketForPrompt } from "../../llm/ticket-prompt.js";

export const TRIAGE_ROLE = "You triage customer support tickets for a software company.";

export const CLASSIFY_INSTRUCTIONS = `classification:
- priority: low (a question, no impact) … critical (their business is stopped, a security incident, legal or money trouble now). complexity: simple (a how-to) … expert_required (only engineers or specialists can solve it).
- signals: only those the customer's own words clearly show, each with a short verbatim quote from the ticket; not one they only ask about, mention in passing or deny. legal_threat: lawyer, lawsuit. executive_involvement: executives involved. security_incident: breach, unauthorised access, leaked data. outage: the service is down or unusable for them. data_loss: data gone or corrupted. churn_risk: cancelling, switching. public_complaint: reviews, social media, press. human_requested: asks for a person. repeat_contact: wrote about this before. chargeback: disputing the charge with their bank or card.
- urgencyIndicators: only those the ticket shows. confidence: in the category, 0 … 1.
- question: when the whole ticket is a question and nothing more, that question copied verbatim; otherwise null.`;

export const ANALYZE_INSTRUCTIONS = `analysis:
- frustration: 0 calm … 100 furious; sarcasm and polite anger count. risk: 0 … 100, how likely the ticket goes badly (churn, public complaint, legal trouble, lost revenue) if a bot keeps answering it.
- recommendation: no_escalation (the bot can answer), scheduled_escalation (a person should look within a business day), specialist_escalation (needs expert knowledge; the team that owns the topic), management_escalation (the relationship is at stake; senior_support). team: who should own it. urgency: immediate (minutes), urgent (an hour), standard (4 hours), scheduled (a business day). confidence: 0 … 1. reason: one sentence.`;

export const REPLY_DRAFT_INSTRUCTIONS = `reply, in the language <reply> names; the team, the response time and any steps are added after your words:
- acknowledgement: one or two sentences to the customer about what they wrote; empathetic when they are upset or write again.
- answer: when <reply> names a help article, one sentence leading into its steps; otherwise null.
Never say who takes over or when; never promise or confirm a refund, credit, fix, date or legal position. Keep placeholders such as <NAME_1> as written.`;

/** What the reply's personal part is written for: the reply's language, and the help article its steps will come from. */
export interface ReplyBrief {
  language: string;
  /** The title of the knowledge-base article the rules' reading would answer with; null when none fits. */
  articleTitle: string | null;
}

/** The one request of the default path; with `reply`, it also drafts the reply's personal part. */
export function assessmentMessages(ticket: TicketForPrompt, reply?: ReplyBrief): BaseMessage[] {
  const parts = [TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, CLASSIFY_INSTRUCTIONS, ANALYZE_INSTRUCTIONS, ...(reply ? [REPLY_DRAFT_INSTRUCTIONS] : [])];
  const human = reply ? `${ticketBlock(ticket)}\n${replyTag(reply)}` : ticketBlock(ticket);
  return [new SystemMessage(parts.join("\n\n")), new HumanMessage(human)];
}

export function classifyMessages(ticket: TicketForPrompt): BaseMessage[] {
  return [new SystemMessage([TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, CLASSIFY_INSTRUCTIONS].join("\n\n")), new HumanMessage(ticketBlock(ticket))];
}

export function analyzeMessages(ticket: TicketForPrompt): BaseMessage[] {
  return [new SystemMessage([TRIAGE_ROLE, DATA_NOT_INSTRUCTIONS, ANALYZE_INSTRUCTIONS].join("\n\n")), new HumanMessage(ticketBlock(ticket))];
}

function replyTag(reply: ReplyBrief): string {
  const article = reply.articleTitle ? ` article="${escapeAttribute(reply.articleTitle.slice(0, 120))}"` : "";
  return `<reply language="${escapeAttribute(reply.language)}"${article} />`;
}
