/**
 * Slack messages as Block Kit: the handoff in the team's channel (in the
 * ticket's thread when it came from Slack), the fallback alert in the
 * escalation channel, and a customer's new message in the handoff's
 * thread. Everything from the ticket goes through slackText/slackPlain.
 */
import type { ActionsBlock, Button, KnownBlock } from "@slack/types";
import type { Urgency } from "../../domain/taxonomy.js";
import type { ContextPackage } from "../../domain/context-package.js";
import type { SlackMessage } from "../artefact.js";
import type { PlannedNotification } from "../types.js";
import { teamName, ticketUrl, type ComposeContext } from "./compose-context.js";
import { ticketFacts } from "./customer-email.js";
import { slackPlain, slackText } from "./slack-escape.js";

/** The seed's urgency emoji. */
const URGENCY_EMOJI: Record<Urgency, string> = { immediate: "🔥", urgent: "⚡", standard: "⚠️", scheduled: "📋" };

/** Slack's limits: header 150, field 2000, section 3000, button label 75. */
const HEADER = 150;
const FIELD = 2_000;
const SECTION = 3_000;
/** Enough of the customer's words to judge the ticket from the channel. */
const EXCERPT = 600;

export const CLAIM_ACTION_ID = "claim_ticket";
export const METADATA_EVENT = "escalation_notification";

export function composeHandoffSlack(notification: PlannedNotification, pkg: ContextPackage, context: ComposeContext): SlackMessage {
  const ticket = pkg.ticketInfo;
  const urgency = pkg.escalation.urgency;
  const emoji = URGENCY_EMOJI[urgency];
  const team = teamName(context, pkg.escalation.team);
  const latest = pkg.conversation.filter((t) => t.role === "customer").at(-1)?.content;
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: slackPlain(`${emoji} ESCALATED: ${urgency.toUpperCase()} — ${team}`, HEADER), emoji: true } },
    {
      type: "section",
      fields: [
        { type: "mrkdwn", text: slackText(`*Ticket:*\n${ticket.id} — ${ticket.subject}`, FIELD) },
        {
          type: "mrkdwn",
          text: slackText(`*Customer:*\n${pkg.customerContext.tier} tier${pkg.customerContext.name ? ` (${pkg.customerContext.name})` : ""}`, FIELD),
        },
        { type: "mrkdwn", text: slackText(`*Risk:*\n${pkg.escalation.risk.overall}/100`, FIELD) },
        {
          type: "mrkdwn",
          text: slackText(
            `*Frustration:*\n${pkg.customerContext.communicationPreferences.frustration}/100 (${pkg.customerContext.communicationPreferences.currentEmotion})`,
            FIELD,
          ),
        },
      ],
    },
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: slackText(
          `*Reason:* ${pkg.escalation.reasons.join("; ") || pkg.escalation.type}\n*Issue:* ${pkg.issueAnalysis.category}, ${pkg.issueAnalysis.priority} priority, ${pkg.issueAnalysis.complexity}`,
          SECTION,
        ),
      },
    },
    ...(latest ? [quoteSection("Customer wrote", latest)] : []),
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: slackText(`Pick up ${pkg.escalation.expectedResponse} · ${pkg.escalation.type} by ${pkg.escalation.source} · key ${notification.id}`, FIELD),
        },
      ],
    },
    ticketActions(ticket.id, ticketUrl(context, ticket.id)),
  ];
  const threadTs = notification.ticket?.slackThreadId ?? ticket.slackThreadId;
  return {
    channel: notification.target,
    text: slackText(`${emoji} Escalated ticket ${ticket.id} (${urgency}) for ${team}: ${ticket.subject}`, SECTION),
    blocks,
    ...(threadTs ? { thread_ts: threadTs } : {}),
    metadata: metadata(notification.id, ticket.id),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** The seed's emergency message, posted in the escalation channel. */
export function composeFallbackSlack(notification: PlannedNotification, pkg: ContextPackage | undefined, context: ComposeContext): SlackMessage {
  const facts = ticketFacts(notification);
  const body = notification.body ?? "The agent could not deliver the handoff.";
  const blocks: KnownBlock[] = [
    { type: "header", text: { type: "plain_text", text: slackPlain(`🚨 ESCALATION SYSTEM FAILURE — ${facts.id}`, HEADER), emoji: true } },
    { type: "section", text: { type: "mrkdwn", text: slackText(`*Manual intervention required.*\n${body}`, SECTION) } },
    ...(pkg
      ? [
          {
            type: "section" as const,
            fields: [
              { type: "mrkdwn" as const, text: slackText(`*Ticket:*\n${facts.id} — ${facts.subject ?? ""}`, FIELD) },
              { type: "mrkdwn" as const, text: slackText(`*Team:*\n${teamName(context, pkg.escalation.team)} (${pkg.escalation.urgency})`, FIELD) },
            ],
          },
        ]
      : []),
    ticketActions(facts.id, ticketUrl(context, facts.id)),
  ];
  return {
    channel: notification.target,
    text: slackText(`🚨 Escalation system failure for ${facts.id}: manual intervention required`, SECTION),
    blocks,
    metadata: metadata(notification.id, facts.id),
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** A customer's new message, into the handoff's thread so the owner sees it in context. */
export function composeForwardSlack(notification: PlannedNotification, context: ComposeContext): SlackMessage {
  const facts = ticketFacts(notification);
  const intro = notification.owner ? `For ${notification.owner}: the customer wrote again` : "The customer wrote again";
  const url = ticketUrl(context, facts.id);
  return {
    channel: notification.target,
    // The notification text (what a phone shows) leads with the headline when there is one.
    text: slackText(notification.headline ? `${notification.headline} — ${intro} on ${facts.id}` : `${intro} on ${facts.id}`, SECTION),
    blocks: [
      // What the message changed comes first and outside the quote: the quote is the customer's words only.
      ...(notification.headline ? [headlineSection(notification.headline)] : []),
      quoteSection(`${intro} on ${facts.id}`, notification.body ?? ""),
      ...(url ? [ticketActions(facts.id, url)] : []),
    ],
    ...(facts.slackThreadId ? { thread_ts: facts.slackThreadId } : {}),
    metadata: metadata(notification.id, facts.id),
    unfurl_links: false,
    unfurl_media: false,
  };
}

function headlineSection(headline: string): KnownBlock {
  return { type: "section", text: { type: "mrkdwn", text: `*${slackText(headline, SECTION - 10)}*` } };
}

function quoteSection(title: string, text: string): KnownBlock {
  const excerpt = text.length > EXCERPT ? `${text.slice(0, EXCERPT - 1)}…` : text;
  const quoted = slackText(excerpt, SECTION - title.length - 10)
    .split("\n")
    .map((line) => `> ${line}`)
    .join("\n");
  return { type: "section", text: { type: "mrkdwn", text: `*${slackText(title, 200)}:*\n${quoted}` } };
}

function ticketActions(ticketId: string, url: string | undefined): ActionsBlock {
  const buttons: Button[] = [];
  // No link without a configured base URL: a button to a wrong host is worse than none.
  if (url) buttons.push({ type: "button", text: { type: "plain_text", text: "View context" }, url, action_id: "view_context" });
  buttons.push({
    type: "button",
    text: { type: "plain_text", text: "Claim ticket" },
    action_id: CLAIM_ACTION_ID,
    value: ticketId.slice(0, 2_000),
    style: "primary",
  });
  return { type: "actions", elements: buttons };
}

function metadata(key: string, ticketId: string): SlackMessage["metadata"] {
  return { event_type: METADATA_EVENT, event_payload: { idempotency_key: key, ticket_id: ticketId } };
}
