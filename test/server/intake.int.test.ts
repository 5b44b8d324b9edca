/**
 * POST /tickets and POST /tickets/:id/messages over real HTTP: the shapes a
 * ticket arrives in (bare, enveloped, Zendesk), both ways to authenticate,
 * every way to fail, and the background triage behind the 202.
 */
import { createHmac } from "node:crypto";
import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bearer, INTAKE_SECRET, SECRETS, startTestServer, type TestServer } from "../helpers/server.js";

const ENT = readFileSync(new URL("../../examples/tickets/TICK-ENT-001.json", import.meta.url), "utf8");

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.stop();
});

function post(path: string, body: string, headers: Record<string, string> = bearer()) {
  return fetch(`${server.url}${path}`, { method: "POST", body, headers });
}

function sign(body: string, secret = INTAKE_SECRET, at = Math.floor(Date.now() / 1000)): Record<string, string> {
  return {
    "content-type": "application/json",
    "x-signature-timestamp": String(at),
    "x-signature": `sha256=${createHmac("sha256", secret).update(`${at}.${body}`).digest("hex")}`,
  };
}

describe("POST /tickets", () => {
  it("answers 202 with the thread id at once, then triages and hands the ticket off", async () => {
    const response = await post("/tickets", ENT);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ threadId: "TICK-ENT-001" });
    expect(response.headers.get("location")).toBe("/tickets/TICK-ENT-001");

    await server.tasks.drain();
    const thread = await server.client.read("TICK-ENT-001");
    expect(thread?.decision?.type).toBe("immediate_escalation");
    expect(thread?.status).toBe("awaiting_human");
    expect(thread?.handoff?.team).toBe("engineering");
    expect(await server.processor.journal.pending()).toEqual([]);
  });

  it("accepts a bare ticket signed with X-Signature, and gives an id to a ticket without one", async () => {
    const body = JSON.stringify({ subject: "Export", description: "How do I export my invoices as CSV?", customerEmail: "a@b.example" });
    const response = await post("/tickets", body, sign(body));
    expect(response.status).toBe(202);
    const { threadId } = (await response.json()) as { threadId: string };
    expect(threadId).toMatch(/^TICK-\d+-[0-9a-f]{6}$/);
    await server.tasks.drain();
    expect((await server.client.read(threadId))?.status).toBe("bot");
  });

  it.each([
    ["no credentials", { "content-type": "application/json" }],
    ["a wrong bearer secret", bearer("not-the-intake-secret-at-all")],
    ["a malformed Authorization header", { "content-type": "application/json", authorization: INTAKE_SECRET }],
    ["a signature made with another secret", sign(ENT, "another-secret-0123456789")],
    ["a malformed signature", { "content-type": "application/json", "x-signature": "md5=abc" }],
  ])("refuses a request with %s (401) and triages nothing", async (_case, headers) => {
    const before = (await server.processor.journal.pending()).length;
    const response = await post("/tickets", JSON.stringify({ id: "NOAUTH-1", description: "Refund please" }), headers);
    expect(response.status).toBe(401);
    expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    expect(await server.processor.journal.pending()).toHaveLength(before);
    expect(await server.client.read("NOAUTH-1")).toBeNull();
  });

  it("refuses a signature over other bytes than the body sent", async () => {
    const signed = JSON.stringify({ id: "SIG-1", description: "Refund please" });
    const sent = JSON.stringify({ id: "SIG-1", description: "Refund everyone" });
    expect((await post("/tickets", sent, sign(signed))).status).toBe(401);
  });

  it("checks credentials before it reports a malformed body", async () => {
    expect((await post("/tickets", "{not json", { "content-type": "application/json" })).status).toBe(401);
  });

  it.each([
    ["invalid JSON", "{not json", "(json)", /invalid JSON/],
    ["an empty body", "", "(json)", /empty body/],
    ["a JSON array", "[]", "(ticket)", /JSON object/],
    ["no description or message", JSON.stringify({ id: "BAD-1", subject: "Hi" }), "description", /either description or message/],
    ["a bad email", JSON.stringify({ id: "BAD-2", description: "x", customerEmail: "nope" }), "customerEmail", /email/],
    ["a bad tier in the envelope", JSON.stringify({ support: { ticket: { description: "x", customerTier: "gold" } } }), "support.ticket.customerTier", /./],
    ["a poisoned prototype", '{"description":"x","__proto__":{"admin":true}}', "(json)", /invalid JSON/],
  ])("answers 400 naming the field for %s", async (_case, body, field, message) => {
    const response = await post("/tickets", body);
    expect(response.status).toBe(400);
    const json = (await response.json()) as { issues: Array<{ field: string; message: string }> };
    expect(json.issues).toContainEqual({ field, message: expect.stringMatching(message) });
  });

  it("refuses other content types", async () => {
    expect((await post("/tickets", "description=x", { ...bearer(), "content-type": "text/plain" })).status).toBe(415);
  });
});

describe("Zendesk webhooks", () => {
  it("maps a trigger's ticket: id → externalId, latest comment, requester, priority and tags kept", async () => {
    const body = JSON.stringify({
      ticket: {
        id: 35436,
        subject: "Charged twice",
        description: "I was charged twice for my subscription this month.",
        latest_comment: { body: "I was charged twice for my subscription this month." },
        requester: { email: "jane@customer.example", name: "Jane Roe" },
        priority: "High",
        tags: "billing vip",
        via: { channel: "web" },
      },
    });
    const response = await post("/tickets", body);
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ threadId: "ZD-35436" });
    await server.tasks.drain();
    const ticket = await server.client.ticket("ZD-35436");
    expect(ticket).toMatchObject({
      id: "ZD-35436",
      externalId: 35436,
      subject: "Charged twice",
      customerEmail: "jane@customer.example",
      customerName: "Jane Roe",
      channel: "web",
      priority: "high",
      tags: ["billing", "vip"],
    });
    expect((await server.client.read("ZD-35436"))?.conversation[0]?.content).toBe("I was charged twice for my subscription this month.");
  });

  it("continues the same thread when the Zendesk ticket is updated with a new comment", async () => {
    const update = JSON.stringify({
      ticket: {
        id: 35436,
        subject: "Charged twice",
        latest_comment: "Still no refund, and now I was charged a third time!",
        requester: { email: "jane@customer.example" },
      },
    });
    expect((await post("/tickets", update)).status).toBe(202);
    await server.tasks.drain();
    const customer = (await server.client.read("ZD-35436"))?.conversation.filter((t) => t.role === "customer").map((t) => t.content);
    expect(customer).toEqual(["I was charged twice for my subscription this month.", "Still no refund, and now I was charged a third time!"]);
  });

  it("maps a ticket event webhook (zen:event-type:ticket.created)", async () => {
    const body = JSON.stringify({
      type: "zen:event-type:ticket.created",
      account_id: 88888888,
      id: "01HN-EXAMPLE",
      time: "2024-04-17T17:18:10Z",
      zendesk_event_version: "2022-11-06",
      subject: "zen:ticket:35437",
      detail: {
        id: "35437",
        subject: "Login broken",
        description: "I cannot log in since this morning.",
        priority: "NORMAL",
        tags: ["login"],
        requester_id: "20978392",
        via: { channel: "email" },
      },
      event: {},
    });
    const response = await post("/tickets", body);
    expect(await response.json()).toEqual({ threadId: "ZD-35437" });
    await server.tasks.drain();
    expect(await server.client.ticket("ZD-35437")).toMatchObject({ externalId: "35437", customerId: "20978392", tags: ["login"], priority: "normal" });
  });

  it("names the Zendesk field that is missing", async () => {
    const response = await post("/tickets", JSON.stringify({ ticket: { id: 1, subject: "Empty" } }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: unknown[] }).issues).toContainEqual({
      field: "ticket.latest_comment or ticket.description",
      message: expect.stringMatching(/required/),
    });
  });
});

describe("POST /tickets/:id/messages", () => {
  it("adds a customer message to the thread, also right behind its ticket", async () => {
    const ticket = JSON.stringify({ id: "MSG-1", subject: "Export", description: "How do I export my data?" });
    expect((await post("/tickets", ticket)).status).toBe(202);
    // Sent before the ticket's triage has run: accepted, and applied after it.
    const response = await post("/tickets/MSG-1/messages", JSON.stringify({ content: "And can I export to JSON too?", channel: "chat" }));
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ threadId: "MSG-1" });
    await server.tasks.drain();
    const turns = (await server.client.read("MSG-1"))?.conversation ?? [];
    expect(turns.filter((t) => t.role === "customer").map((t) => t.content)).toEqual(["How do I export my data?", "And can I export to JSON too?"]);
    expect(turns.filter((t) => t.role === "agent")).toHaveLength(2);
  });

  it("answers 404 for a thread that does not exist", async () => {
    const response = await post("/tickets/NOPE-404/messages", JSON.stringify({ content: "Hello?" }));
    expect(response.status).toBe(404);
  });

  it.each([
    [JSON.stringify({ content: "  " }), "content"],
    [JSON.stringify({ text: "wrong field" }), "content"],
    ["[1]", "(body)"],
    ["{", "(json)"],
  ])("answers 400 for %s", async (body, field) => {
    const response = await post("/tickets/MSG-1/messages", body);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { issues: Array<{ field: string }> }).issues.map((i) => i.field)).toContain(field);
  });

  it("requires the intake secret", async () => {
    expect((await post("/tickets/MSG-1/messages", JSON.stringify({ content: "hi" }), { "content-type": "application/json" })).status).toBe(401);
  });
});

describe("request logs", () => {
  it("are structured and never contain a secret", async () => {
    await post("/tickets", "{}", bearer());
    const lines = server.logs.map((line) => JSON.parse(line) as Record<string, unknown>);
    const incoming = lines.findLast((l) => l.msg === "incoming request" && (l.req as { url?: string } | undefined)?.url === "/tickets");
    expect(incoming).toMatchObject({ req: { method: "POST", url: "/tickets", headers: { authorization: "[redacted]" } } });
    const completed = lines.findLast((l) => l.msg === "request completed" && l.reqId === incoming?.reqId);
    expect(completed).toMatchObject({ res: { statusCode: 400 }, responseTime: expect.any(Number) });
    const all = server.logs.join("\n");
    for (const secret of SECRETS) expect(all).not.toContain(secret);
  });
});

describe("without INTAKE_SECRET", () => {
  it("keeps the intake off (503)", async () => {
    const off = await startTestServer({ config: { intakeSecret: undefined } });
    try {
      const response = await fetch(`${off.url}/tickets`, { method: "POST", body: ENT, headers: bearer() });
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ error: "intake is off: set INTAKE_SECRET" });
    } finally {
      await off.stop();
    }
  });
});
