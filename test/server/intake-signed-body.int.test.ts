/**
 * Auth first for signed intake: until its HMAC is checked a signed request
 * is a stranger's, so its body is read through the HMAC under a small limit
 * (INTAKE_SIGNED_BODY_LIMIT, 1 MiB by default), against a real server:
 * - a declared length over the limit is refused before the body is sent;
 * - a chunked body over it is refused at the limit, while the sender is
 *   still sending;
 * - a wrong signature under the limit is refused before the body is parsed;
 * - a properly signed body up to the limit, a larger one under a raised
 *   limit, and a large bearer body are accepted.
 */
import { createHmac } from "node:crypto";
import { request as httpRequest } from "node:http";
import { setTimeout as delay } from "node:timers/promises";
import { afterEach, describe, expect, it } from "vitest";
import { bearer, INTAKE_SECRET, startTestServer, type TestServer } from "../helpers/server.js";

const MiB = 1024 * 1024;
const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.stop();
});

async function start(config: { intakeSignedBodyLimit?: number } = {}): Promise<TestServer> {
  const server = await startTestServer({ config });
  servers.push(server);
  return server;
}

function signature(body: string, at: number, secret = INTAKE_SECRET): string {
  return `sha256=${createHmac("sha256", secret).update(`${at}.${body}`).digest("hex")}`;
}

function signedHeaders(body: string, secret = INTAKE_SECRET): Record<string, string> {
  const at = Math.floor(Date.now() / 1000);
  return { "content-type": "application/json", "x-signature-timestamp": String(at), "x-signature": signature(body, at, secret) };
}

/** A ticket whose JSON is about `bytes` long. */
function ticketOfSize(id: string, bytes: number): string {
  const base = JSON.stringify({ id, subject: "Export", description: "", customerEmail: "a@b.example" });
  const words = "How do I export my invoices as CSV? ".repeat(Math.ceil(bytes / 36)).slice(0, bytes - base.length);
  return JSON.stringify({ id, subject: "Export", description: words, customerEmail: "a@b.example" });
}

interface Answer {
  status: number;
  body: string;
  /** Bytes of the body the client had handed to the socket when the answer's headers came. */
  sentWhenAnswered: number;
}

/**
 * Sends `total` bytes in 64 KiB chunks, a few milliseconds apart, and stops
 * as soon as the server answers: what the server read is what it needed.
 */
function streamBody(server: TestServer, headers: Record<string, string>, total: number): Promise<Answer> {
  const url = new URL("/tickets", server.url);
  return new Promise((resolve, reject) => {
    let sent = 0;
    let answered = false;
    const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers }, (res) => {
      answered = true;
      const sentWhenAnswered = sent;
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sentWhenAnswered }));
      res.on("error", reject);
    });
    // The server closes the connection on a refusal: writing on is expected to fail then.
    req.on("error", (error) => (answered ? undefined : reject(error)));
    const chunk = Buffer.alloc(64 * 1024, "1");
    void (async () => {
      while (!answered && sent < total) {
        await new Promise<void>((done) => req.write(chunk, () => done()));
        sent += chunk.length;
        await delay(5);
      }
      if (!answered) req.end();
    })();
  });
}

describe("a signed body is read through its HMAC under a small limit", () => {
  it("refuses a declared length over the limit before the body is sent", async () => {
    const server = await start();
    const headers = { ...signedHeaders("another body"), "content-length": String(4_900_000) };
    const answer = await streamBody(server, headers, 4_900_000);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ error: "unauthorized", reason: expect.stringContaining(`at most ${MiB} bytes`) });
    // Refused on its headers: the answer came while most of the 4.9 MB was still to be sent.
    expect(answer.sentWhenAnswered).toBeLessThan(MiB);
    expect(await server.processor.journal.pending()).toEqual([]);
  });

  it("cuts a chunked body off at the limit while the sender is still sending", async () => {
    const server = await start();
    const headers = { ...signedHeaders("another body"), "transfer-encoding": "chunked" };
    const answer = await streamBody(server, headers, 8 * MiB);
    expect(answer.status).toBe(401);
    expect(JSON.parse(answer.body)).toMatchObject({ reason: expect.stringContaining("INTAKE_SIGNED_BODY_LIMIT") });
    // It stopped reading at 1 MiB: the sender had not got far past it (socket buffers hold the rest).
    expect(answer.sentWhenAnswered).toBeGreaterThan(MiB);
    expect(answer.sentWhenAnswered).toBeLessThan(8 * MiB);
    expect(await server.processor.journal.pending()).toEqual([]);
  });

  it("refuses a wrong signature under the limit before the body is parsed", async () => {
    const server = await start();
    // Not JSON at all: parsed, it would be a 400; checked first, it is a 401.
    const body = "{" + "x".repeat(900_000);
    const response = await fetch(`${server.url}/tickets`, { method: "POST", body, headers: signedHeaders(body, "another-secret-0123456789") });
    expect(response.status).toBe(401);
    expect(response.headers.get("connection")).toBe("close");
    expect(await response.json()).toEqual({ error: "unauthorized", reason: "bad signature" });
    expect(server.logs.join("\n")).not.toContain("invalid JSON");
    expect(await server.processor.journal.pending()).toEqual([]);
  });

  it("accepts a properly signed body close to the limit", async () => {
    const server = await start();
    const body = ticketOfSize("SIGNED-BIG", MiB - 1024);
    const response = await fetch(`${server.url}/tickets`, { method: "POST", body, headers: signedHeaders(body) });
    expect(response.status).toBe(202);
    expect(await response.json()).toEqual({ threadId: "SIGNED-BIG" });
    expect((await server.processor.journal.pending()).map((e) => e.work.threadId)).toContain("SIGNED-BIG");
  });

  it("accepts a larger signed body under a raised limit, and a large bearer body under the default", async () => {
    const raised = await start({ intakeSignedBodyLimit: 4 * MiB });
    // Tickets carry up to 2,000,000 characters of text (TicketSchema).
    const signed = ticketOfSize("SIGNED-1.9MB", 1_900_000);
    expect((await fetch(`${raised.url}/tickets`, { method: "POST", body: signed, headers: signedHeaders(signed) })).status).toBe(202);

    const server = await start();
    const large = ticketOfSize("BEARER-1.9MB", 1_900_000);
    const response = await fetch(`${server.url}/tickets`, { method: "POST", body: large, headers: bearer() });
    expect(response.status).toBe(202);
    // The same body signed instead is over the default limit.
    const refused = await fetch(`${server.url}/tickets`, { method: "POST", body: large, headers: signedHeaders(large) });
    expect(refused.status).toBe(401);
  });
});
