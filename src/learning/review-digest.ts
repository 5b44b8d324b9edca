/**
 * The review queue as a Slack digest: one message listing the sampled
 * tickets a learned threshold kept with the bot, so a reviewer sees them
 * without looking. Posted by `learning review --digest` (run it daily from
 * cron) when Slack is configured (SLACK_BOT_TOKEN) and a channel is named
 * (ESCALATION_REVIEW_CHANNEL). Ticket ids and segments only: never the
 * customer's words. Each listed ticket has two buttons — a person was
 * needed, or the bot was right — which `serve` records as a review verdict
 * by the Slack user who clicked (src/server/slack/review-click.ts).
 */
import type { KnownBlock } from "@slack/web-api";
import type { SlackMessage } from "../delivery/artefact.js";
import { slackText } from "../delivery/compose/slack-escape.js";
import type { QueueEntry } from "./review-queue.js";

/** A digest lists this many, each in two blocks; the rest are counted (Slack caps a message at 50 blocks). */
const LISTED = 20;

/** The digest's verdict buttons: the ticket warranted a person / the bot was right to keep it. */
export const REVIEW_NEEDED_ACTION_ID = "review_needed";
export const REVIEW_NOT_NEEDED_ACTION_ID = "review_not_needed";
/** Each ticket's buttons sit in a block of this id and its index, replaced by who reviewed it once clicked. */
export const REVIEW_BLOCK_PREFIX = "review_";

export function reviewDigest(channel: string, queue: readonly QueueEntry[], day: string): SlackMessage {
  const listed = queue.slice(0, LISTED).flatMap((q, index): KnownBlock[] => [
    {
      type: "section",
      text: {
        type: "mrkdwn",
        text: `• ${reviewTicketLabel(q.ticketId)} ${slackText(q.segment, 100)}, kept by ${slackText(q.learned.join("; ") || "a learned threshold", 300)}`,
      },
    },
    {
      type: "actions",
      block_id: `${REVIEW_BLOCK_PREFIX}${index}`,
      elements: [
        { type: "button", text: { type: "plain_text", text: "A person was needed" }, action_id: REVIEW_NEEDED_ACTION_ID, value: q.ticketId.slice(0, 2_000) },
        { type: "button", text: { type: "plain_text", text: "The bot was right" }, action_id: REVIEW_NOT_NEEDED_ACTION_ID, value: q.ticketId.slice(0, 2_000) },
      ],
    },
  ]);
  const more = queue.length > LISTED ? [`…and ${queue.length - LISTED} more: \`escalation-agent learning review --queue\``] : [];
  const text = `${queue.length} ticket(s) a learned threshold kept with the bot wait for a review`;
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: `*${text}*` } },
    ...listed,
    ...(more.length ? [{ type: "section" as const, text: { type: "mrkdwn" as const, text: more.join("\n") } }] : []),
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "Was a person warranted? Click under a ticket, or `escalation-agent learning review --thread <id> --warranted yes|no`; the verdict counts for learning.",
        },
      ],
    },
  ];
  return {
    channel,
    text,
    blocks,
    // One digest per channel and day: a re-run the same day is found again, not posted twice.
    metadata: { event_type: "learning_review_digest", event_payload: { idempotency_key: `review-digest:${channel}:${day}`, ticket_id: "" } },
    unfurl_links: false,
    unfurl_media: false,
  };
}

/** A ticket id as the digest shows it: code-quoted, without what would end the quote. */
export function reviewTicketLabel(ticketId: string): string {
  return `\`${slackText(ticketId.replace(/[`\s]/g, "_"), 100)}\``;
}
