/**
 * A stand-in for Slack's Web API (the WebClient is pointed at it with
 * slackApiUrl): chat.postMessage, conversations.list/history/replies, with
 * bearer-token checks and scripted failures (429 with Retry-After, 500).
 */
import { sendJson, startHttpServer } from "./http.js";

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Array<Record<string, unknown>>;
  thread_ts?: string;
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
}

/** What the next chat.postMessage call gets instead of success. */
export type SlackFailure = { status: 429; retryAfter: number } | { status: 500 } | { error: string };

export interface FakeSlack {
  /** slackApiUrl for the WebClient (SLACK_API_URL). */
  apiUrl: string;
  token: string;
  posted: PostedMessage[];
  /** Calls per API method, failed ones included. */
  calls: Record<string, number>;
  /** Consumed one per chat.postMessage call, in order. */
  failures: SlackFailure[];
  /** Every chat.postMessage fails this way while set. */
  down?: SlackFailure;
  /**
   * Posts taken but not yet answered (see postDelayMs), by caller: a client whose API URL is
   * `<apiUrl>` with a `<caller>/` segment before `api/` (e.g. http://127.0.0.1:5000/w1/api/) is that caller.
   */
  unanswered(caller: string): number;
  close(): Promise<void>;
}

/** The workspace: every channel the default routing names, each with an id of Slack's shape. */
const CHANNELS: Record<string, string> = {
  "engineering-support": "C0ENGSUPP1",
  "technical-support": "C0TECHSUP1",
  "support-escalation": "C0ESCALAT1",
  "customer-support": "C0CUSTSUP1",
  "customer-success": "C0CUSTSUC1",
  "senior-support": "C0SENSUPP1",
  "billing-support": "C0BILLSUP1",
  "security-alerts": "C0SECALRT1",
  "product-feedback": "C0PRODFBK1",
};

export interface FakeSlackOptions {
  /**
   * Each chat.postMessage is recorded at once but answered this much later, as a slow Slack would:
   * a sender killed in between has posted without learning so (the load test's crash window).
   */
  postDelayMs?: number;
}

export async function startFakeSlack(token = "xoxb-test-token-123456", options: FakeSlackOptions = {}): Promise<FakeSlack> {
  // Slack's ts are epoch seconds; history lookups filter on them with `oldest`.
  let clock = Math.floor(Date.now() / 1000);
  const pending = new Map<string, number>();
  const fake: Omit<FakeSlack, "apiUrl" | "close"> = { token, posted: [], calls: {}, failures: [], unanswered: (caller) => pending.get(caller) ?? 0 };
  const server = await startHttpServer((req, body, res) => {
    const [, caller = "", method = ""] = (req.url ?? "").split("?")[0]?.match(/^\/(?:([^/]+)\/)?api\/(.*)$/) ?? [];
    fake.calls[method] = (fake.calls[method] ?? 0) + 1;
    if (req.headers.authorization !== `Bearer ${token}`) return sendJson(res, 200, { ok: false, error: "invalid_auth" });
    const args = Object.fromEntries(new URLSearchParams(body));
    const channelId = (name: string | undefined) => (name ? (CHANNELS[name.replace(/^#/, "")] ?? name) : "");

    if (method === "chat.postMessage") {
      const failure = fake.down ?? fake.failures.shift();
      if (failure && "status" in failure && failure.status === 429) {
        return sendJson(res, 429, { ok: false, error: "ratelimited" }, { "Retry-After": String(failure.retryAfter) });
      }
      if (failure && "status" in failure) return sendJson(res, failure.status, { ok: false });
      if (failure) return sendJson(res, 200, { ok: false, error: failure.error });
      const ts = `${++clock}.000100`;
      const message: PostedMessage = {
        channel: channelId(args.channel),
        ts,
        text: args.text ?? "",
        blocks: args.blocks ? JSON.parse(args.blocks) : [],
        ...(args.thread_ts ? { thread_ts: args.thread_ts } : {}),
        ...(args.metadata ? { metadata: JSON.parse(args.metadata) } : {}),
      };
      fake.posted.push(message);
      const answer = () => sendJson(res, 200, { ok: true, channel: message.channel, ts, message });
      if (!options.postDelayMs) return answer();
      pending.set(caller, (pending.get(caller) ?? 0) + 1);
      setTimeout(() => {
        pending.set(caller, (pending.get(caller) ?? 1) - 1);
        answer();
      }, options.postDelayMs);
      return;
    }
    if (method === "conversations.list") {
      const channels = Object.entries(CHANNELS).map(([name, id]) => ({ id, name }));
      return sendJson(res, 200, { ok: true, channels, response_metadata: { next_cursor: "" } });
    }
    if (method === "conversations.history" || method === "conversations.replies") {
      const withMetadata = args.include_all_metadata === "true";
      const messages = fake.posted
        .filter((m) => m.channel === args.channel)
        .filter((m) => (method === "conversations.replies" ? m.thread_ts === args.ts || m.ts === args.ts : !m.thread_ts))
        .filter((m) => !args.oldest || Number(m.ts) >= Number(args.oldest))
        .map(({ metadata, ...m }) => ({ ...m, ...(withMetadata && metadata ? { metadata } : {}) }));
      return sendJson(res, 200, { ok: true, messages, has_more: false, response_metadata: { next_cursor: "" } });
    }
    return sendJson(res, 200, { ok: false, error: "unknown_method" });
  });
  return Object.assign(fake, { apiUrl: `${server.url}/api/`, close: server.close });
}
