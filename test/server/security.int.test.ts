/**
 * The HTTP security layer (src/server/security.ts) over a real server: the
 * login rate limit, the security headers on every response, and the
 * session and agent cookies as the browser sends them back.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedTicket } from "../helpers/agent.js";
import { CONSOLE_TOKEN, startTestServer, type TestServer } from "../helpers/server.js";

const LIMIT = 3;
let server: TestServer;
let session: string;

beforeAll(async () => {
  server = await startTestServer({ config: { loginRateLimit: { max: LIMIT, timeWindowMs: 60_000 } } });
  await server.client.triage(seedTicket("TICK-ENT-001"));
  const login = await get(`/tickets/TICK-ENT-001?token=${CONSOLE_TOKEN}`);
  session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});
afterAll(async () => {
  await server?.stop();
});

function get(path: string, cookie?: string) {
  return fetch(`${server.url}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
}

function login(token: string) {
  return fetch(`${server.url}/login`, {
    method: "POST",
    redirect: "manual",
    body: new URLSearchParams({ token, next: "/" }).toString(),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
}

describe("the login rate limit", () => {
  it("answers 429 with a Retry-After once an address has used up its attempts on POST /login", async () => {
    for (let i = 0; i < LIMIT; i += 1) expect((await login("wrong-token")).status).toBe(401);
    const refused = await login(CONSOLE_TOKEN);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    // The right token is refused too while the window lasts: the limit counts attempts, not failures.
    expect(refused.headers.get("set-cookie")).toBeNull();
  });

  it("leaves pages opened without ?token= alone, and limits ?token= logins on them", async () => {
    for (let i = 0; i < LIMIT + 2; i += 1) expect((await get("/")).status).toBe(401);
    for (let i = 0; i < LIMIT; i += 1) expect((await get("/?token=wrong")).status).toBe(401);
    expect((await get("/?token=wrong")).status).toBe(429);
  });

  it("does not limit a signed-in console", async () => {
    for (let i = 0; i < LIMIT + 2; i += 1) expect((await get("/tickets/TICK-ENT-001", session)).status).toBe(200);
  });
});

describe("security headers", () => {
  it("sends the console's CSP, no framing, no sniffing and a same-origin referrer on a page", async () => {
    const page = await get("/tickets/TICK-ENT-001", session);
    const csp = page.headers.get("content-security-policy") ?? "";
    expect(csp.split(/;\s*/)).toEqual(expect.arrayContaining(["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'self'"]));
    expect(csp).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(page.headers.get("x-frame-options")).toBe("DENY");
    expect(page.headers.get("x-content-type-options")).toBe("nosniff");
    expect(page.headers.get("referrer-policy")).toBe("same-origin");
    expect(page.headers.get("cache-control")).toBe("no-store");
  });

  it("sends them on every response, an API answer and an error too", async () => {
    for (const response of [await get("/healthz"), await get("/no-such-page")]) {
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      expect(response.headers.get("x-frame-options")).toBe("DENY");
      expect(response.headers.get("content-security-policy")).toContain("default-src 'none'");
    }
  });
});

describe("cookies", () => {
  it("finds the session among other cookies, in any order", async () => {
    expect((await get("/tickets/TICK-ENT-001", `theme=dark; ${session}; _ga=GA1.2.3`)).status).toBe(200);
  });

  it("takes the first of two session cookies, as browsers send the most specific first", async () => {
    expect((await get("/tickets/TICK-ENT-001", `${session}; esc_console=forged`)).status).toBe(200);
    expect((await get("/tickets/TICK-ENT-001", `esc_console=forged; ${session}`)).status).toBe(401);
  });

  it("refuses a forged or malformed session cookie without an error", async () => {
    for (const cookie of ["esc_console=", "esc_console=%zz", "esc_console", "=; ;;"]) {
      expect((await get("/tickets/TICK-ENT-001", cookie)).status).toBe(401);
    }
  });

  it("reads the agent name back as typed, whatever its characters", async () => {
    const name = "Zoë O'Brien; x=1 %41";
    const page = await get("/tickets/TICK-ENT-001", `${session}; esc_agent=${encodeURIComponent(name)}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("Zoë O&apos;Brien; x=1 %41");
  });
});
