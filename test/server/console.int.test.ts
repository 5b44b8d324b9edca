/**
 * The console over HTTP: login by token and by signed link, the ticket page
 * (content, escaping, headers) and its action posts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { signTicketUrl } from "../../src/delivery/console-link.js";
import { openCheckpointer } from "../../src/persistence/open.js";
import { seedTicket } from "../helpers/agent.js";
import { CONSOLE_TOKEN, LINK_SECRET, SECRETS, startTestServer, type TestServer } from "../helpers/server.js";

let server: TestServer;
let session: string;

const HOSTILE = {
  id: "XSS-1",
  subject: `<script>alert("subject")</script>`,
  description: `Our production API is down! <img src=x onerror=alert(1)> "quoted" & 'single' </textarea><script>alert(2)</script>`,
  customerName: `"><b onmouseover=alert(3)>Eve</b>`,
  customerEmail: "eve@customer.example",
  customerTier: "enterprise" as const,
};

beforeAll(async () => {
  server = await startTestServer();
  await server.client.triage(seedTicket("TICK-ENT-001"));
  await server.client.triage(HOSTILE);
  await server.client.triage({ id: "BOT-1", subject: "Password", description: "How do I reset my password?" });
  const login = await get(`/tickets/TICK-ENT-001?token=${CONSOLE_TOKEN}`);
  session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});
afterAll(async () => {
  await server?.stop();
});

function get(path: string, cookie?: string) {
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

function postForm(path: string, fields: Record<string, string>, headers: Record<string, string> = {}) {
  return fetch(`${server.url}${path}`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams(fields).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: session, origin: server.url, ...headers },
  });
}

describe("access", () => {
  it("asks for a login without a session or a signed link", async () => {
    const response = await get("/tickets/TICK-ENT-001");
    expect(response.status).toBe(401);
    const page = await response.text();
    expect(page).toContain('action="/login"');
    expect(page).not.toContain("Production API outage");
  });

  it("turns ?token= into an HttpOnly session cookie and drops the token from the address", async () => {
    const response = await get(`/tickets/TICK-ENT-001?token=${CONSOLE_TOKEN}&notice=claim`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/tickets/TICK-ENT-001?notice=claim");
    const cookie = response.headers.get("set-cookie") ?? "";
    const [pair, ...attributes] = cookie.split("; ");
    expect(pair).toMatch(/^esc_console=[0-9a-f]{64}$/);
    expect(attributes.sort()).toEqual(["HttpOnly", "Max-Age=604800", "Path=/", "SameSite=Lax"]);
    expect(cookie).not.toContain(CONSOLE_TOKEN);
    expect((await get("/tickets/TICK-ENT-001", session)).status).toBe(200);
  });

  it("logs in with ?token= on the root page (the ticket list) too", async () => {
    const response = await get(`/?token=${CONSOLE_TOKEN}`);
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/");
    const cookie = (response.headers.get("set-cookie") ?? "").split(";")[0]!;
    expect(cookie).toMatch(/^esc_console=[0-9a-f]{64}$/);
    const list = await get("/", cookie);
    expect(list.status).toBe(200);
    expect(await list.text()).toContain('href="/tickets/TICK-ENT-001"');
    expect((await get("/?token=wrong-token-0123456789")).status).toBe(401);
  });

  it("refuses a wrong token and a forged cookie", async () => {
    expect((await get("/tickets/TICK-ENT-001?token=wrong-token-0123456789")).status).toBe(401);
    expect((await get("/tickets/TICK-ENT-001", "esc_console=" + "0".repeat(64))).status).toBe(401);
  });

  it("logs in through the form and goes back to the page asked for", async () => {
    const response = await postForm("/login", { token: CONSOLE_TOKEN, next: "/tickets/TICK-ENT-001" }, { cookie: "" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/tickets/TICK-ENT-001");
    const offsite = await postForm("/login", { token: CONSOLE_TOKEN, next: "//evil.example/x" }, { cookie: "" });
    expect(offsite.headers.get("location")).toBe("/");
  });

  it("opens the page with a signed link: that ticket only, until it expires", async () => {
    const link = new URL(signTicketUrl(`${server.url}/tickets/TICK-ENT-001`, "TICK-ENT-001", LINK_SECRET));
    expect((await get(link.pathname + link.search)).status).toBe(200);
    // The same signature on another ticket's page.
    expect((await get(`/tickets/BOT-1${link.search}`)).status).toBe(403);
    const tampered = link.search.replace(/sig=[^&]+/, "sig=AAAA");
    expect((await get(`/tickets/TICK-ENT-001${tampered}`)).status).toBe(403);
    const expired = new URL(
      signTicketUrl(`${server.url}/tickets/TICK-ENT-001`, "TICK-ENT-001", LINK_SECRET, { now: new Date(Date.now() - 8 * 24 * 3600 * 1000) }),
    );
    const response = await get(expired.pathname + expired.search);
    expect(response.status).toBe(403);
    expect(await response.text()).toContain("expired");
  });

  it("opens from the View context button of a handoff sent with PUBLIC_URL and CONSOLE_LINK_SECRET", async () => {
    const outboxDir = join(server.dir, "handoff-outbox");
    const agent = createEscalationAgent({
      checkpointer: openCheckpointer(server.db),
      store: new InMemoryStore(),
      channels: ({ routing, ledger }) => createHandoffChannels({ routing, ledger, settings: { publicUrl: server.url, linkSecret: LINK_SECRET, outboxDir } }),
    });
    await new ThreadClient(agent, server.db).triage({
      id: "LINK-1",
      subject: "Outage",
      description: "Our production API is down, every request fails with 503.",
    });
    const slack = readdirSync(outboxDir).find((f) => /_slack\.[0-9a-f]{16}\.json$/.test(f));
    const message = JSON.parse(readFileSync(join(outboxDir, slack ?? ""), "utf8")) as {
      blocks: Array<{ elements?: Array<{ action_id?: string; url?: string }> }>;
    };
    const url = message.blocks.flatMap((b) => b.elements ?? []).find((e) => e.action_id === "view_context")?.url ?? "";
    expect(url).toMatch(new RegExp(`^${server.url}/tickets/LINK-1\\?exp=\\d+&sig=`));
    const page = await fetch(url, { redirect: "manual" });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Our production API is down");
  });

  it("lists the tickets for a logged-in console", async () => {
    const response = await get("/", session);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('href="/tickets/TICK-ENT-001"');
    expect(page).toContain("waiting for a person");
    expect((await get("/")).status).toBe(401);
  });
});

describe("the ticket page", () => {
  it("shows the ticket, customer, scores, the trajectory chart, reasons with evidence and recommended actions", async () => {
    const response = await get("/tickets/TICK-ENT-001", session);
    const page = await response.text();
    expect(page).toContain("CRITICAL: Production API outage affecting our entire platform");
    expect(page).toContain("cto@enterprise.com");
    expect(page).toMatch(/<svg class="chart"[^>]*aria-label="Frustration per customer message: \d+/);
    // The thread's frustration, with the latest message's own reading beside it.
    expect(page).toContain('data-score="frustration"');
    expect(page).toContain('data-score="latest-frustration"');
    expect(page).toContain('data-status="awaiting_human"');
    expect(page).toContain("<mark>");
    expect(page).toContain("Recommended actions");
    expect(page).toContain("Confirm the incident on the status page");
    expect(page).toContain("Claim ticket");
  });

  it("escapes everything the customer wrote", async () => {
    const page = await (await get("/tickets/XSS-1", session)).text();
    expect(page).not.toContain("<script>alert");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<b onmouseover");
    expect(page).toContain("&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt;");
    expect(page).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(page).toContain("&quot;&gt;&lt;b onmouseover=alert(3)&gt;Eve&lt;/b&gt;");
  });

  it("is sent with a strict CSP, no caching and a same-origin referrer policy", async () => {
    const response = await get("/tickets/TICK-ENT-001", session);
    expect(response.headers.get("content-security-policy")).toMatch(/default-src 'none';\s*style-src 'sha256-[^']+'/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("referrer-policy")).toBe("same-origin");
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
  });

  it("answers 404 for an unknown ticket", async () => {
    expect((await get("/tickets/NOPE", session)).status).toBe(404);
  });
});

describe("actions", () => {
  it("claim, reply and resolve act on the thread and redirect back with a notice", async () => {
    const claim = await postForm("/tickets/TICK-ENT-001/claim", { agent: "Dana" });
    expect(claim.status).toBe(303);
    expect(claim.headers.get("location")).toBe("/tickets/TICK-ENT-001?notice=claim");
    expect(claim.headers.get("set-cookie")).toMatch(/^esc_agent=Dana;/);
    expect(await server.client.read("TICK-ENT-001")).toMatchObject({ status: "human_owned", owner: "Dana" });
    expect(await (await get("/tickets/TICK-ENT-001?notice=claim", session)).text()).toContain("You claimed the ticket.");

    expect((await postForm("/tickets/TICK-ENT-001/reply", { agent: "Dana", text: "We are rolling back <now>." })).status).toBe(303);
    const replied = await server.client.read("TICK-ENT-001");
    expect(replied?.conversation.at(-1)).toMatchObject({ role: "human", author: "Dana", content: "We are rolling back <now>." });

    const resolve = await postForm("/tickets/TICK-ENT-001/resolve", {
      agent: "Dana",
      resolved: "yes",
      appropriate: "no",
      satisfaction: "4",
      notes: "rollback",
    });
    expect(resolve.status).toBe(303);
    const resolved = await server.client.read("TICK-ENT-001");
    expect(resolved?.status).toBe("resolved");
    expect(resolved?.conversation.at(-1)?.content).toBe("Dana: resolved; escalation not appropriate — rollback");
  });

  it("shows a refused action on the page (409) and an invalid one (400)", async () => {
    const again = await postForm("/tickets/TICK-ENT-001/claim", { agent: "Dana" });
    expect(again.status).toBe(409);
    expect(await again.text()).toContain("is not waiting for a human (status: resolved)");
    const empty = await postForm("/tickets/XSS-1/reply", { text: "   " });
    expect(empty.status).toBe(400);
    expect(await empty.text()).toContain("Reply: must not be empty");
    const nameless = await postForm("/tickets/XSS-1/claim", { agent: "" });
    expect(nameless.status).toBe(400);
  });

  it("refuses a post from another site and a post without access", async () => {
    expect((await postForm("/tickets/XSS-1/claim", { agent: "Mallory" }, { origin: "https://evil.example" })).status).toBe(403);
    expect((await postForm("/tickets/XSS-1/claim", { agent: "Mallory" }, { cookie: "" })).status).toBe(401);
    expect((await server.client.read("XSS-1"))?.owner).toBeNull();
  });

  it("work through a signed link, which the redirect keeps", async () => {
    const link = new URL(signTicketUrl(`${server.url}/tickets/XSS-1`, "XSS-1", LINK_SECRET));
    const response = await postForm(`/tickets/XSS-1/release${link.search}`, { agent: "Erin", notes: "handled" }, { cookie: "" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe(`/tickets/XSS-1?notice=release&${link.search.slice(1)}`);
    expect(await server.client.read("XSS-1")).toMatchObject({ status: "bot", owner: null });
  });
});

it("never logs the login token or a link signature", async () => {
  const all = server.logs.join("\n");
  for (const secret of SECRETS) expect(all).not.toContain(secret);
  expect(all).toContain("token=%5Bredacted%5D");
  expect(all).not.toMatch(/sig=(?!%5Bredacted%5D)/);
});
