/**
 * Answers to Slack after a click: the updated handoff message, or a note
 * only the clicking user sees. chat.update (with SLACK_BOT_TOKEN, against
 * SLACK_API_URL) when configured — it works for as long as the message
 * exists; otherwise the payload's response_url, which needs no token but
 * expires after 30 minutes and five uses.
 */
import type { KnownBlock } from "@slack/types";
import { LogLevel, WebClient, type Logger } from "@slack/web-api";
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
    this.client = slack
      ? new WebClient(slack.token, { slackApiUrl: slack.apiUrl, retryConfig: { retries: 2 }, timeout: 10_000, logger: silentLogger() })
      : undefined;
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

/** The client would print to the console; its failures are thrown, and the caller logs them. */
function silentLogger(): Logger {
  let level = LogLevel.ERROR;
  const ignore = () => undefined;
  return {
    debug: ignore,
    info: ignore,
    warn: ignore,
    error: ignore,
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: ignore,
  };
}
