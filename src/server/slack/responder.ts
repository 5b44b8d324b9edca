/**
 * Answers to Slack after a click: the updated handoff message, or a note
 * only the clicking user sees. chat.update (with SLACK_BOT_TOKEN, against
 * SLACK_API_URL) when configured — it works for as long as the message
 * exists; otherwise the payload's response_url, which needs no token but
 * expires after 30 minutes and five uses.
 */
import type { KnownBlock } from "@slack/types";
import type { WebClient } from "@slack/web-api";
import { slackWebClient } from "../../delivery/transports/slack-web-client.js";
import type { UpdatedMessage } from "./message.js";

export interface MessageTarget {
  channel?: string;
  ts?: string;
  responseUrl?: string;
}

export interface SlackResponder {
  update(target: MessageTarget, message: UpdatedMessage): Promise<void>;
  notify(target: MessageTarget, text: string): Promise<void>;
}

export class HttpSlackResponder implements SlackResponder {
  private readonly client: WebClient | undefined;

  constructor(slack?: { token: string; apiUrl: string }) {
    this.client = slack ? slackWebClient(slack.token, slack.apiUrl, { retries: 2, timeoutMs: 10_000 }) : undefined;
  }

  async update(target: MessageTarget, message: UpdatedMessage): Promise<void> {
    if (this.client && target.channel && target.ts) {
      // The blocks came from Slack and are sent back as they were, plus ours.
      await this.client.chat.update({ channel: target.channel, ts: target.ts, text: message.text, blocks: message.blocks as unknown as KnownBlock[] });
      return;
    }
    if (!target.responseUrl) throw new Error("Slack: no way to update the message (no bot token, no response_url)");
    await postResponse(target.responseUrl, { replace_original: true, text: message.text, blocks: message.blocks });
  }

  async notify(target: MessageTarget, text: string): Promise<void> {
    // Ephemeral notes exist only through response_url; without it there is nobody to tell.
    if (!target.responseUrl) return;
    await postResponse(target.responseUrl, { response_type: "ephemeral", replace_original: false, text });
  }
}

async function postResponse(url: string, body: Record<string, unknown>): Promise<void> {
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Slack response_url: HTTP ${response.status}`);
}
