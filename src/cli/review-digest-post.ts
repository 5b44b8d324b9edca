/**
 * `learning review --digest`: posts the review queue to Slack, once per
 * channel and day (the digest's idempotency key is looked up before
 * posting, so a cron that runs twice posts once). Refuses clearly when Slack
 * or the channel is not configured.
 */
import { reviewDigest } from "../learning/review-digest.js";
import type { QueueEntry } from "../learning/review-queue.js";
import { ConfigError } from "../config/errors.js";
import type { Settings } from "../settings/index.js";
import { SlackSender } from "../delivery/transports/slack.js";

export async function postReviewDigest(
  queue: readonly QueueEntry[],
  settings: Pick<Settings, "channels" | "learning">,
  now: Date = new Date(),
): Promise<string> {
  const slack = settings.channels.slack;
  const channel = settings.learning.reviewChannel;
  if (!slack) throw new ConfigError("--digest: Slack is not configured (set SLACK_BOT_TOKEN)");
  if (!channel) throw new ConfigError("--digest: name the channel in ESCALATION_REVIEW_CHANNEL, e.g. #support-leads");
  if (queue.length === 0) return "the review queue is empty: no digest posted";
  const day = now.toISOString().slice(0, 10);
  const message = reviewDigest(channel, queue, day);
  const sender = new SlackSender(slack.token, slack.apiUrl);
  // Since the start of the day: the digest is one per channel and day.
  const earlier = await sender.find(message, message.metadata.event_payload.idempotency_key, new Date(`${day}T00:00:00Z`));
  if (earlier !== undefined) return `today's digest was already posted to ${channel}`;
  await sender.send(message);
  return `digest of ${queue.length} ticket(s) posted to ${channel}`;
}
