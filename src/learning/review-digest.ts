/**
 * The review queue as a Slack digest: one message listing the sampled
 * tickets a learned threshold kept with the bot, so a reviewer sees them
 * without looking. Posted by `learning review --digest` (run it daily from
 * cron) when Slack is configured (SLACK_BOT_TOKEN) and a channel is named
 * (ESCALATION_REVIEW_CHANNEL). Ticket ids and segments only: never the
 * customer's words.
 */
import type { KnownBlock } from "@slack/web-api";
import type { SlackMessage } from "../tools/channels/artefact.js";
import { slackText } from "../tools/channels/compose/slack-escape.js";
import type { QueueEntry } from "./review-queue.js";

/** A digest lists this many; the rest are counted (Slack caps a message at 50 blocks). */
const LISTED = 20;

export function reviewDigest(channel: string, queue: readonly QueueEntry[], day: string): SlackMessage {
  const lines = queue
    .slice(0, LISTED)
    .map(
      (q) =>
        `• \`${slackText(q.ticketId.replace(/[`\s]/g, "_"), 100)}\` ${slackText(q.segment, 100)}, kept by ${slackText(q.learned.join("; ") || "a learned threshold", 300)}`,
    );
  const more = queue.length > LISTED ? [`…and ${queue.length - LISTED} more: \`escalation-agent learning review --queue\``] : [];
  const text = `${queue.length} ticket(s) a learned threshold kept with the bot wait for a review`;
  const blocks: KnownBlock[] = [
    { type: "section", text: { type: "mrkdwn", text: `*${text}*` } },
    { type: "section", text: { type: "mrkdwn", text: [...lines, ...more].join("\n") } },
    {
      type: "context",
      elements: [
        {
          type: "mrkdwn",
          text: "Was a person warranted? `escalation-agent learning review --thread <id> --warranted yes|no`; the verdict counts for learning.",
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
