/**
 * A stand-in for Zendesk's Tickets API: update, create, find by
 * external_id, list comments, list groups; Basic auth with an API token;
 * `failWith` answers every call with that HTTP status.
 */
import { sendJson, startHttpServer } from "./http.js";

export interface ZendeskCall {
  method: string;
  path: string;
  body?: { ticket: Record<string, unknown> };
}

export interface FakeZendesk {
  url: string;
  email: string;
  apiToken: string;
  /** Writes (PUT/POST) received, in order. */
  writes: ZendeskCall[];
  calls: ZendeskCall[];
  failWith?: number;
  close(): Promise<void>;
}

interface StoredTicket {
  id: number;
  external_id?: string;
  comments: Array<{ body: string; public: boolean }>;
}

export async function startFakeZendesk(email = "agent@acme.test", apiToken = "zd-secret-token-987"): Promise<FakeZendesk> {
  const tickets = new Map<number, StoredTicket>([[4242, { id: 4242, comments: [] }]]);
  let nextId = 5000;
  const expected = `Basic ${Buffer.from(`${email}/token:${apiToken}`).toString("base64")}`;
  const fake: Omit<FakeZendesk, "url" | "close"> = { email, apiToken, writes: [], calls: [] };

  const server = await startHttpServer((req, raw, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const call: ZendeskCall = { method: req.method ?? "GET", path: url.pathname, ...(raw ? { body: JSON.parse(raw) } : {}) };
    fake.calls.push(call);
    if (fake.failWith) return sendJson(res, fake.failWith, { error: "failure" });
    if (req.headers.authorization !== expected) return sendJson(res, 401, { error: "Couldn't authenticate you" });

    const comment = (ticket: StoredTicket) => {
      const c = call.body?.ticket.comment as { body: string; public: boolean } | undefined;
      if (c) ticket.comments.push(c);
    };
    const update = url.pathname.match(/^\/api\/v2\/tickets\/(\d+)\.json$/);
    if (req.method === "PUT" && update) {
      fake.writes.push(call);
      const ticket = tickets.get(Number(update[1]));
      if (!ticket) return sendJson(res, 404, { error: "RecordNotFound" });
      comment(ticket);
      return sendJson(res, 200, { ticket: { id: ticket.id } });
    }
    if (req.method === "POST" && url.pathname === "/api/v2/tickets.json") {
      fake.writes.push(call);
      const ticket: StoredTicket = { id: nextId++, external_id: String(call.body?.ticket.external_id ?? ""), comments: [] };
      comment(ticket);
      tickets.set(ticket.id, ticket);
      return sendJson(res, 201, { ticket: { id: ticket.id } });
    }
    if (req.method === "GET" && url.pathname === "/api/v2/tickets.json") {
      const externalId = url.searchParams.get("external_id");
      return sendJson(res, 200, { tickets: [...tickets.values()].filter((t) => t.external_id === externalId).map((t) => ({ id: t.id })) });
    }
    const comments = url.pathname.match(/^\/api\/v2\/tickets\/(\d+)\/comments\.json$/);
    if (req.method === "GET" && comments) {
      const ticket = tickets.get(Number(comments[1]));
      return sendJson(res, 200, { comments: [...(ticket?.comments ?? [])].reverse(), next_page: null });
    }
    if (req.method === "GET" && url.pathname === "/api/v2/groups.json") {
      return sendJson(res, 200, {
        groups: [
          { id: 360001, name: "Engineering" },
          { id: 360002, name: "Support" },
        ],
        next_page: null,
      });
    }
    return sendJson(res, 404, { error: "InvalidEndpoint" });
  });
  return Object.assign(fake, { url: server.url, close: server.close });
}
