/**
 * Slack's side of a button click, for tests: signed interactivity requests
 * as Slack sends them, and a fake Slack that records chat.update calls and
 * posts to response_url.
 */
import { createHmac } from "node:crypto";
import { startHttpServer } from "./fakes/http.js";
import { SLACK_SIGNING_SECRET } from "./server.js";

export interface SlackCall {
  path: string;
  authorization: string | undefined;
  /** Form fields (Web API) or the JSON body (response_url). */
  body: Record<string, unknown>;
}

export interface FakeSlackApi {
  apiUrl: string;
  responseUrl: string;
  token: string;
  calls: SlackCall[];
  /** Resolves with the next call to `path` (or the first one already made that nobody waited for). */
  next(path: string): Promise<SlackCall>;
  close(): Promise<void>;
}

export async function startFakeSlackApi(token = "xoxb-interactivity-test"): Promise<FakeSlackApi> {
  const calls: SlackCall[] = [];
  const taken = new Set<SlackCall>();
  const waiters: Array<{ path: string; resolve: (call: SlackCall) => void }> = [];
  const server = await startHttpServer((req, body, res) => {
    const path = (req.url ?? "").split("?")[0] ?? "";
    const json = (req.headers["content-type"] ?? "").includes("json");
    const parsed: Record<string, unknown> = json ? JSON.parse(body || "{}") : Object.fromEntries(new URLSearchParams(body));
    if (typeof parsed.blocks === "string") parsed.blocks = JSON.parse(parsed.blocks);
    const call = { path, authorization: req.headers.authorization, body: parsed };
    calls.push(call);
    const waiter = waiters.findIndex((w) => w.path === path);
    if (waiter >= 0) {
      taken.add(call);
      waiters.splice(waiter, 1)[0]?.resolve(call);
    }
    res.writeHead(200, { "content-type": "application/json" });
    res.end(JSON.stringify(path.startsWith("/api/") ? { ok: true, channel: parsed.channel, ts: parsed.ts } : { ok: true }));
  });
  return {
    apiUrl: `${server.url}/api/`,
    responseUrl: `${server.url}/response/T1/B1`,
    token,
    calls,
    next: (path) => {
      const earlier = calls.find((c) => c.path === path && !taken.has(c));
      if (earlier) {
        taken.add(earlier);
        return Promise.resolve(earlier);
      }
      return new Promise((resolve) => waiters.push({ path, resolve }));
    },
    close: server.close,
  };
}

export interface ClickOptions {
  actionId?: string;
  ticketId: string;
  user?: { id: string; username: string };
  responseUrl: string;
  blocks?: Array<Record<string, unknown>>;
  /** The block the clicked button is in (default "a1", the handoff message's). */
  blockId?: string;
}

/** The `payload` of a block_actions request, as Slack sends it for a button in a handoff message. */
export function blockActionsPayload(options: ClickOptions): Record<string, unknown> {
  const user = options.user ?? { id: "U0ALICE01", username: "alice" };
  return {
    type: "block_actions",
    user: { ...user, name: user.username, team_id: "T0TEAM001" },
    api_app_id: "A0APP0001",
    team: { id: "T0TEAM001", domain: "acme" },
    container: { type: "message", message_ts: "1700000000.000100", channel_id: "C0ENGSUPP1", is_ephemeral: false },
    channel: { id: "C0ENGSUPP1", name: "engineering-support" },
    message: {
      type: "message",
      ts: "1700000000.000100",
      text: `Escalated ticket ${options.ticketId}`,
      blocks: options.blocks ?? [
        { type: "section", block_id: "s1", text: { type: "mrkdwn", text: `*Ticket:* ${options.ticketId}` } },
        {
          type: "actions",
          block_id: "a1",
          elements: [
            {
              type: "button",
              action_id: "view_context",
              text: { type: "plain_text", text: "View context" },
              url: `https://support.example.test/tickets/${options.ticketId}`,
            },
            { type: "button", action_id: "claim_ticket", text: { type: "plain_text", text: "Claim ticket" }, value: options.ticketId, style: "primary" },
          ],
        },
      ],
    },
    response_url: options.responseUrl,
    trigger_id: "1.2.3",
    actions: [
      {
        type: "button",
        action_id: options.actionId ?? "claim_ticket",
        block_id: options.blockId ?? "a1",
        value: options.ticketId,
        action_ts: "1700000001.000200",
      },
    ],
  };
}

/** Form body and headers of a signed Slack request; `at` (epoch seconds) defaults to now. */
export function signedSlackRequest(payload: unknown, options: { at?: number; secret?: string } = {}): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams({ payload: typeof payload === "string" ? payload : JSON.stringify(payload) }).toString();
  return signBody(body, options);
}

export function signBody(body: string, options: { at?: number; secret?: string } = {}): { body: string; headers: Record<string, string> } {
  const timestamp = String(options.at ?? Math.floor(Date.now() / 1000));
  const signature = `v0=${createHmac("sha256", options.secret ?? SLACK_SIGNING_SECRET)
    .update(`v0:${timestamp}:${body}`)
    .digest("hex")}`;
  return {
    body,
    headers: { "content-type": "application/x-www-form-urlencoded", "x-slack-request-timestamp": timestamp, "x-slack-signature": signature },
  };
}
