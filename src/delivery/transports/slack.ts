/**
 * Slack through the official Web API client. Retries are ours (one policy
 * for every channel, see retry.ts), so the client is told not to retry and
 * to hand rate limits back with their Retry-After instead of sleeping.
 */
import { ErrorCode, type WebClient } from "@slack/web-api";
import type { SlackMessage } from "../artefact.js";
import { DeliveryError, isTransientStatus, networkReason } from "./delivery-error.js";
import type { Sender, Sent } from "./sender.js";
import { slackWebClient } from "./slack-web-client.js";

export const DEFAULT_SLACK_API_URL = "https://slack.com/api/";

/** Slack platform errors that mean "try later" rather than "this will never work". */
const TRANSIENT_PLATFORM_ERRORS = new Set(["ratelimited", "internal_error", "fatal_error", "service_unavailable", "request_timeout"]);
/** Channel ids look like C0123ABCD (public), G… (private) or D… (direct). */
const CHANNEL_ID = /^[CGD][A-Z0-9]{6,}$/;
/** How far back before the first attempt to look for it: clocks differ. */
const CLOCK_SLACK_S = 60;
const PAGE_LIMIT = 200;
const MAX_PAGES = 10;

interface HistoryMessage {
  ts?: string;
  metadata?: { event_type?: string; event_payload?: Record<string, unknown> };
}

export class SlackSender implements Sender<SlackMessage> {
  private readonly client: WebClient;
  private readonly channelIds = new Map<string, string>();

  constructor(token: string, apiUrl: string = DEFAULT_SLACK_API_URL) {
    this.client = slackWebClient(token, apiUrl, { retries: 0, rejectRateLimitedCalls: true, timeoutMs: 15_000 });
  }

  async send(message: SlackMessage): Promise<Sent> {
    try {
      const result = await this.client.chat.postMessage(message);
      return { ref: result.ts ?? "" };
    } catch (error) {
      throw slackError("chat.postMessage", error);
    }
  }

  /** Finds the post by the idempotency key in its metadata, in the channel or in the thread it went to. */
  async find(message: SlackMessage, idempotencyKey: string, since: Date): Promise<string | undefined> {
    try {
      const channel = await this.channelId(message.channel);
      const oldest = String(Math.floor(since.getTime() / 1000) - CLOCK_SLACK_S);
      let cursor: string | undefined;
      for (let page = 0; page < MAX_PAGES; page++) {
        const args = { channel, oldest, include_all_metadata: true, limit: PAGE_LIMIT, ...(cursor ? { cursor } : {}) };
        const result = message.thread_ts
          ? await this.client.conversations.replies({ ...args, ts: message.thread_ts })
          : await this.client.conversations.history(args);
        const messages = (result.messages ?? []) as HistoryMessage[];
        const found = messages.find((m) => m.metadata?.event_payload?.idempotency_key === idempotencyKey);
        if (found) return found.ts ?? "";
        cursor = result.response_metadata?.next_cursor || undefined;
        if (!cursor) return undefined;
      }
      throw new DeliveryError("Slack: too much history to search for an earlier attempt", true);
    } catch (error) {
      throw error instanceof DeliveryError ? error : slackError("conversations.history", error);
    }
  }

  /** conversations.history wants an id; routing names channels (#engineering-support). */
  private async channelId(channel: string): Promise<string> {
    if (CHANNEL_ID.test(channel)) return channel;
    const name = channel.replace(/^#/, "");
    const known = this.channelIds.get(name);
    if (known) return known;
    let cursor: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await this.client.conversations.list({
        types: "public_channel,private_channel",
        exclude_archived: true,
        limit: 1_000,
        ...(cursor ? { cursor } : {}),
      });
      for (const c of result.channels ?? []) if (c.name && c.id) this.channelIds.set(c.name, c.id);
      const id = this.channelIds.get(name);
      if (id) return id;
      cursor = result.response_metadata?.next_cursor || undefined;
      if (!cursor) break;
    }
    throw new DeliveryError(`Slack: channel ${channel} not found`, false);
  }
}

function slackError(method: string, error: unknown): DeliveryError {
  const coded = error as { code?: string; retryAfter?: number; statusCode?: number; data?: { error?: string }; original?: Error };
  switch (coded?.code) {
    case ErrorCode.RateLimitedError:
      return new DeliveryError(`Slack ${method}: rate limited (retry after ${coded.retryAfter} s)`, true, (coded.retryAfter ?? 1) * 1000);
    case ErrorCode.HTTPError:
      return new DeliveryError(`Slack ${method}: HTTP ${coded.statusCode}`, isTransientStatus(coded.statusCode ?? 500));
    case ErrorCode.PlatformError: {
      const reason = coded.data?.error ?? "unknown_error";
      return new DeliveryError(`Slack ${method}: ${reason}`, TRANSIENT_PLATFORM_ERRORS.has(reason));
    }
    case ErrorCode.RequestError:
      return new DeliveryError(`Slack ${method}: ${coded.original ? networkReason(coded.original) : "request failed"}`, true);
    default:
      return new DeliveryError(`Slack ${method}: ${networkReason(error)}`, true);
  }
}
