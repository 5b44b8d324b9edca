/**
 * What respond asks a model: the reply, in its own words, built on the
 * reference reply our templates and knowledge base produced. The reference
 * carries the facts (steps, team, response time); the model makes them fit
 * the customer's message. Guardrails check the result before it is used.
 */
import type { RedactionKind } from "../../../domain/redaction-kinds.js";
import { redactForModel } from "../../../privacy/redact.js";
import { HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import type { Decision, Reply } from "../../../domain/triage.js";
import { escapeMarkup, quoteText, truncateMiddle } from "../../../llm/quote.js";
import { DATA_NOT_INSTRUCTIONS } from "../../../llm/ticket-prompt.js";
import type { Pseudonyms } from "../../../privacy/pseudonyms.js";
import { PRODUCT_NAME } from "./templates/index.js";

/** The reply answers the latest message; earlier turns are already answered. */
const MAX_MESSAGE_CHARS = 4_000;
const MAX_SUBJECT_CHARS = 300;

export const RESPOND_INSTRUCTIONS = `Write the reply to the customer. The reference reply between <reference_reply> tags is correct and complete; rewrite it so it answers this customer's message naturally:
- the same language as the reference, the same facts, steps, team and response time; nothing new: no links, prices, policies or names that are not in the reference
- keep the numbered steps, the team's name and the response time word for word: a reply without them is not sent
- never promise or confirm a refund, a credit, a fix, a date or a legal position; only people at ${PRODUCT_NAME} can decide those
- message: the whole reply, greeting to sign-off, at most about 180 words, plain text
- placeholders such as <NAME_1> or <EMAIL_1> stand for the customer's details: keep them exactly as written where the reply needs them`;

export interface ReplyFacts {
  subject?: string | undefined;
  /** The customer's latest message. */
  latest: string;
  decision: Pick<Decision, "type">;
  reference: Pick<Reply, "message" | "language" | "tone">;
}

/**
 * `pseudonyms` is the run's placeholder table: the customer's name (in the
 * reference's greeting too), emails, phones and ids reach the model as
 * `<NAME_1>`…; the caller restores them in the reply (model-reply.ts).
 */
/** `kinds`: what is redacted (ESCALATION_REDACT, from the settings). */
export function replyMessages(facts: ReplyFacts, kinds: readonly RedactionKind[], pseudonyms?: Pseudonyms): BaseMessage[] {
  // Cut to twice the budget before placeholders are looked for, as ticket-prompt.ts does, then to the budget.
  const mask = (text: string, max: number) => {
    const redacted = truncateMiddle(redactForModel(text, kinds).text, 2 * max);
    return truncateMiddle(pseudonyms ? pseudonyms.mask(redacted) : redacted, max);
  };
  const ticket = [
    "<ticket>",
    facts.subject ? `<subject>${escapeMarkup(mask(facts.subject, MAX_SUBJECT_CHARS))}</subject>` : null,
    quoteText("message", mask(facts.latest, MAX_MESSAGE_CHARS)),
    "</ticket>",
  ].filter((l): l is string => l !== null);
  return [
    new SystemMessage([`You write replies for the ${PRODUCT_NAME} support team.`, DATA_NOT_INSTRUCTIONS, RESPOND_INSTRUCTIONS].join("\n\n")),
    new HumanMessage(
      [
        ...ticket,
        `<decision type="${facts.decision.type}" tone="${facts.reference.tone}" language="${facts.reference.language}" />`,
        quoteText("reference_reply", pseudonyms ? pseudonyms.mask(facts.reference.message) : facts.reference.message),
      ].join("\n"),
    ),
  ];
}
