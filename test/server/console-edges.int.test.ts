/**
 * Edges of the console an outside attack found: a repeated `?token=` (401,
 * not a 500), `next` after a login that would leave the site (an open
 * redirect), and ticket ids up to intake's 200 characters on every route.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signTicketUrl } from "../../src/delivery/console-link.js";
import { safeNext } from "../../src/server/console/routes.js";
import { bearer, CONSOLE_TOKEN, LINK_SECRET, startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  await server.client.triage({ id: "EDGE-1", subject: "Outage", description: "Our production API is down for all users, urgent!", customerTier: "enterprise" });
});
afterAll(async () => {
  await server?.stop();
});

function login(next: string) {
  return fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ token: CONSOLE_TOKEN, next }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

describe("?token= given twice", () => {
  it("is a 401, not a 500", async () => {
    const response = await fetch(`${server.url}/tickets/EDGE-1?token=${CONSOLE_TOKEN}&token=x`, { redirect: "manual" });
    expect(response.status).toBe(401);
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(server.logs.join("\n")).not.toContain("request failed");
  });
});

describe("next after a login", () => {
  it("goes to a path on this server", async () => {
    const response = await login("/tickets/EDGE-1?notice=claim");
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/tickets/EDGE-1?notice=claim");
  });

  it.each([
    "/\t/evil.example",
    "/\n/evil.example",
    "//evil.example",
    "/\\evil.example",
    "/tickets\\..\\evil",
    "https://evil.example/",
    "evil.example",
    "/ /evil",
    "/%09",
  ])("never leaves the site for %j", async (next) => {
    const response = await login(next);
    expect(response.status).toBe(303);
    const location = response.headers.get("location") ?? "";
    expect(new URL(location, "http://console.test/").host).toBe("console.test");
    if (next !== "/%09") expect(location).toBe("/");
  });

  it("accepts only a single leading slash followed by a path character", () => {
    expect(safeNext("/")).toBe("/");
    expect(safeNext("/tickets/A-1")).toBe("/tickets/A-1");
    expect(safeNext("/\u0000/x")).toBe("/");
    expect(safeNext("/a\u007f")).toBe("/");
    expect(safeNext(undefined)).toBe("/");
  });
});

describe("a 200-character ticket id", () => {
  const long = (end: string) => `LONG-${"x".repeat(190)}-${end.repeat(4)}`;

  async function intake(id: string) {
    const response = await fetch(`${server.url}/tickets`, {
      method: "POST",
      headers: bearer(),
      body: JSON.stringify({ id, subject: "Outage", description: "Our production API is down for everyone, urgent!", customerTier: "enterprise" }),
    });
    expect(response.status).toBe(202);
  }

  it("works through intake, the page, its signed link and every form", async () => {
    const id = long("Z");
    const other = long("Y");
    const path = (ticket: string) => `/tickets/${encodeURIComponent(ticket)}`;
    expect(id).toHaveLength(200);
    await intake(id);
    await intake(other);
    await server.tasks.drain(30_000);
    const message = await fetch(`${server.url}${path(id)}/messages`, { method: "POST", headers: bearer(), body: JSON.stringify({ content: "Still down." }) });
    expect(message.status).toBe(202);
    await server.tasks.drain(30_000);

    const signed = await fetch(signTicketUrl(`${server.url}${path(id)}`, id, LINK_SECRET));
    expect(signed.status).toBe(200);
    expect(await signed.text()).toContain(id);

    const loggedIn = await fetch(`${server.url}${path(id)}?token=${CONSOLE_TOKEN}`, { redirect: "manual" });
    expect(loggedIn.status).toBe(303);
    const cookie = (loggedIn.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect((await fetch(`${server.url}${path(id)}`, { headers: { cookie } })).status).toBe(200);

    const form = (ticket: string, action: string, fields: Record<string, string>) =>
      fetch(`${server.url}${path(ticket)}/${action}`, {
        method: "POST",
        redirect: "manual",
        body: new URLSearchParams(fields).toString(),
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, origin: server.url },
      });
    expect((await form(id, "claim", { agent: "alice" })).status).toBe(303);
    expect((await form(id, "reply", { agent: "alice", text: "On it." })).status).toBe(303);
    expect((await form(id, "resolve", { agent: "alice" })).status).toBe(303);
    expect(await server.client.read(id)).toMatchObject({ status: "resolved" });
    expect((await form(other, "claim", { agent: "bob" })).status).toBe(303);
    expect((await form(other, "release", { agent: "bob" })).status).toBe(303);
    expect(await server.client.read(other)).toMatchObject({ status: "bot", owner: null });
  });
});
