/**
 * Replays and strangers at the intake and the Slack endpoint:
 * - a signed request carries a signed timestamp; outside ±5 minutes, or
 *   signed the old way (body only), it is refused;
 * - the same signed follow-up sent three times, the same ticket posted
 *   twice, the same delivery id again: acknowledged, applied once;
 * - the replay keys live in the journal's database: a restarted server
 *   refuses the same signed intake request and the same Slack click;
 * - credentials are checked before the body is read: a stranger gets 401
 *   (not 413 or 415) even while the body is still on its way;
 * - POST /tickets takes JSON only.
 */
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { blockActionsPayload, signedSlackRequest } from "../helpers/slack-interactivity.js";
import { bearer, INTAKE_SECRET, startTestServer, type TestServer } from "../helpers/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

async function start(dir?: string): Promise<TestServer> {
  const server = await startTestServer(dir ? { dir } : {});
  servers.push(server);
  return server;
}

function signed(body: string, at = Math.floor(Date.now() / 1000), extra: Record<string, string> = {}): Record<string, string> {
  const signature = createHmac("sha256", INTAKE_SECRET).update(`${at}.${body}`).digest("hex");
  return { "content-type": "application/json", "x-signature-timestamp": String(at), "x-signature": `sha256=${signature}`, ...extra };
}

function post(server: TestServer, path: string, body: string, headers: Record<string, string>) {
  return fetch(`${server.url}${path}`, { method: "POST", body, headers });
}

const TICKET = JSON.stringify({ id: "REPLAY-1", subject: "Export", description: "How do I export my invoices as CSV?", customerEmail: "a@b.example" });

async function customerTurns(server: TestServer, threadId: string): Promise<number> {
  return (await server.client.read(threadId))?.conversation.filter((t) => t.role === "customer").length ?? 0;
}

describe("signed intake", () => {
  it("refuses a timestamp outside ±5 minutes, a missing timestamp and a body-only signature", async () => {
    const server = await start();
    const old = Math.floor(Date.now() / 1000) - 6 * 60;
    const stale = await post(server, "/tickets", TICKET, signed(TICKET, old));
    expect(stale.status).toBe(401);
    expect(await stale.json()).toMatchObject({ reason: expect.stringMatching(/5-minute window/) });
    expect((await post(server, "/tickets", TICKET, signed(TICKET, Math.floor(Date.now() / 1000) + 6 * 60))).status).toBe(401);
    const bodyOnly = { "content-type": "application/json", "x-signature": `sha256=${createHmac("sha256", INTAKE_SECRET).update(TICKET).digest("hex")}` };
    const legacy = await post(server, "/tickets", TICKET, bodyOnly);
    expect(legacy.status).toBe(401);
    expect(await legacy.json()).toMatchObject({ reason: expect.stringMatching(/X-Signature-Timestamp is missing/) });
    // A timestamp changed after signing breaks the signature.
    const at = Math.floor(Date.now() / 1000);
    expect((await post(server, "/tickets", TICKET, { ...signed(TICKET, at), "x-signature-timestamp": String(at - 1) })).status).toBe(401);
    expect(await server.processor.journal.pending()).toEqual([]);
  });

  it("applies a follow-up sent three times once, and a ticket posted twice once", async () => {
    const server = await start();
    const first = await post(server, "/tickets", TICKET, signed(TICKET));
    expect(first.status).toBe(202);
    const again = await post(server, "/tickets", TICKET, bearer());
    expect(again.status).toBe(202);
    expect(await again.json()).toEqual({ threadId: "REPLAY-1", duplicate: true });
    await server.tasks.drain(30_000);

    const message = JSON.stringify({ content: "Also, can I get them as PDF?" });
    const headers = signed(message);
    const answers = [];
    for (let i = 0; i < 3; i++) answers.push(await post(server, "/tickets/REPLAY-1/messages", message, headers));
    expect(answers.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(await answers[2]?.json()).toMatchObject({ duplicate: true });
    await server.tasks.drain(30_000);
    expect(await customerTurns(server, "REPLAY-1")).toBe(2);

    // The same words later on are a new message when the sender says so with a new delivery id.
    const fresh = await post(server, "/tickets/REPLAY-1/messages", JSON.stringify({ content: "Hello again" }), { ...bearer(), "x-delivery-id": "d-1" });
    expect(await fresh.json()).toEqual({ threadId: "REPLAY-1" });
    const sameId = await post(server, "/tickets/REPLAY-1/messages", JSON.stringify({ content: "Other words" }), { ...bearer(), "x-delivery-id": "d-1" });
    expect(await sameId.json()).toMatchObject({ duplicate: true });
    await server.tasks.drain(30_000);
    expect(await customerTurns(server, "REPLAY-1")).toBe(3);
  });

  it("refuses the same signed request and the same Slack click after a restart", async () => {
    const server = await start();
    await post(server, "/tickets", TICKET, bearer());
    await server.tasks.drain(30_000);
    const message = JSON.stringify({ content: "Is there an update?" });
    const headers = signed(message);
    expect(await (await post(server, "/tickets/REPLAY-1/messages", message, headers)).json()).toEqual({ threadId: "REPLAY-1" });
    const click = signedSlackRequest(blockActionsPayload({ ticketId: "REPLAY-1", responseUrl: "http://127.0.0.1:9/response" }));
    expect((await post(server, "/slack/actions", click.body, click.headers)).status).toBe(200);
    await server.tasks.drain(30_000);
    const dir = server.dir;
    await server.stop();
    servers.splice(servers.indexOf(server), 1);

    const restarted = await start(dir);
    const replay = await post(restarted, "/tickets/REPLAY-1/messages", message, headers);
    expect(await replay.json()).toMatchObject({ duplicate: true });
    const clickAgain = await post(restarted, "/slack/actions", click.body, click.headers);
    expect(clickAgain.status).toBe(401);
    expect(await clickAgain.json()).toMatchObject({ reason: "request already received (replay)" });
    await restarted.tasks.drain(30_000);
    expect(await customerTurns(restarted, "REPLAY-1")).toBe(2);
  });
});

describe("strangers", () => {
  /** Sends headers and part of a body that says it is 4.9 MB long, and never the rest. */
  function unfinished(server: TestServer, headers: Record<string, string>, path = "/tickets"): Promise<{ status: number; body: string }> {
    const url = new URL(path, server.url);
    return new Promise((resolve, reject) => {
      const req = httpRequest(
        { host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: { ...headers, "content-length": String(4_900_000) } },
        (res) => {
          let body = "";
          res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
          res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
        },
      );
      req.on("error", reject);
      req.write("[" + "1,".repeat(1000));
    });
  }

  it("get a 401 before their body is read, whatever its type or size", async () => {
    const server = await start();
    const json = await unfinished(server, { "content-type": "application/json" });
    expect(json.status).toBe(401);
    expect(JSON.parse(json.body)).toMatchObject({ error: "unauthorized" });
    expect((await unfinished(server, { "content-type": "text/plain" })).status).toBe(401);
    const huge = await post(server, "/tickets", "x".repeat(6 * 1024 * 1024), { "content-type": "application/json" });
    expect(huge.status).toBe(401);
  });

  it("get a 401 from the Slack endpoint before their body is read, and Slack's own body is capped", async () => {
    const server = await start();
    const unsigned = await unfinished(server, { "content-type": "application/x-www-form-urlencoded" }, "/slack/actions");
    expect(unsigned.status).toBe(401);
    expect(JSON.parse(unsigned.body)).toMatchObject({ reason: "missing X-Slack-Request-Timestamp or X-Slack-Signature" });
    const stale = signedSlackRequest("{}", { at: Math.floor(Date.now() / 1000) - 600 });
    expect((await unfinished(server, stale.headers, "/slack/actions")).status).toBe(401);
    // Signed, but far more than any interactivity payload: not read past the limit.
    const huge = signedSlackRequest("x".repeat(2 * 1024 * 1024));
    expect((await post(server, "/slack/actions", huge.body, huge.headers)).status).toBe(413);
  });

  it("cannot post a ticket as a form, even with the secret", async () => {
    const server = await start();
    const form = await post(server, "/tickets", new URLSearchParams({ id: "FORM-1", description: "Refund please" }).toString(), {
      authorization: `Bearer ${INTAKE_SECRET}`,
      "content-type": "application/x-www-form-urlencoded",
    });
    expect(form.status).toBe(415);
    expect(await server.client.read("FORM-1")).toBeNull();
  });
});
