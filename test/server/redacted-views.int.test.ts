/**
 * Every view of a stored thread is redacted as a notification is: the
 * context page (through the signed link of a handoff message and through a
 * console session), the console's list, and the CLI's `threads`, its
 * `--thread` result and `triage` output. The checkpoints keep the raw text,
 * unless ESCALATION_REDACT_STORED=1 asks for it to be redacted before it is
 * stored.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { signTicketUrl } from "../../src/delivery/console-link.js";
import { expectNoTrace, PII_TICKET, SECRETS } from "../helpers/pii.js";
import { bearer, CONSOLE_TOKEN, LINK_SECRET, sqliteClient, startTestServer, type TestServer } from "../helpers/server.js";
import { runCli } from "../cli/run-cli.js";

const TICKET = { id: "PII-VIEW-1", ...PII_TICKET, customerTier: "enterprise" as const };

let server: TestServer;
let session: string;

beforeAll(async () => {
  server = await startTestServer();
  await server.client.triage(TICKET);
  await server.client.message(TICKET.id, `Again: card ${SECRETS.card}, password: ${SECRETS.password}`);
  const login = await fetch(`${server.url}/tickets/${TICKET.id}?token=${CONSOLE_TOKEN}`, { redirect: "manual" });
  session = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
});
afterAll(async () => {
  await server?.stop();
});

describe("the console", () => {
  it("shows the context page through a signed link with every card, IBAN, password and key redacted", async () => {
    const response = await fetch(signTicketUrl(`${server.url}/tickets/${TICKET.id}`, TICKET.id, LINK_SECRET));
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain("[REDACTED:card]");
    expect(page).toContain("[REDACTED:password]");
    // The page is still the ticket's: the customer's other words are there.
    expect(page).toContain("log in from abroad");
    expectNoTrace(page, "the context page (signed link)");
  });

  it("shows the same redacted page to a console session, and a redacted list of tickets", async () => {
    const page = await (await fetch(`${server.url}/tickets/${TICKET.id}`, { headers: { cookie: session } })).text();
    expect(page).toContain("[REDACTED:card]");
    expectNoTrace(page, "the context page (session)");
    const list = await (await fetch(`${server.url}/`, { headers: { cookie: session } })).text();
    expect(list).toContain(TICKET.id);
    expect(list).toContain("Card [REDACTED:card] and my account");
    expectNoTrace(list, "the console's list");
  });

  it("keeps the raw text in the checkpoints only (ESCALATION_REDACT_STORED unset)", async () => {
    const stored = await server.client.read(TICKET.id);
    expect(JSON.stringify(stored?.conversation)).toContain(SECRETS.password);
  });
});

describe("the CLI", () => {
  it("prints `threads`, `threads --thread` and `triage` redacted", () => {
    const db = server.db;
    const list = runCli(["threads"], { env: { ESCALATION_DB: db } });
    expect(list.code).toBe(0);
    expect(list.stdout).toContain("Card [REDACTED:card] and my account");
    expectNoTrace(list.stdout, "threads");
    const json = runCli(["threads", "--json"], { env: { ESCALATION_DB: db } });
    expect(json.stdout).toContain(TICKET.id);
    expectNoTrace(json.stdout, "threads --json");
    const one = runCli(["threads", "--thread", TICKET.id, "--json"], { env: { ESCALATION_DB: db } });
    expect(one.code).toBe(0);
    expect(one.stdout).toContain("[REDACTED:card]");
    expectNoTrace(one.stdout, "threads --thread");
  });

  it("prints a triaged ticket redacted", () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-view-"));
    const file = join(dir, "pii.json");
    writeFileSync(file, JSON.stringify({ ...TICKET, id: "PII-VIEW-2" }));
    const run = runCli(["triage", "--json", file]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("PII-VIEW-2");
    expectNoTrace(run.stdout, "triage --json");
  });
});

describe("ESCALATION_REDACT_STORED=1", () => {
  afterEach(() => {
    delete process.env.ESCALATION_REDACT_STORED;
  });

  it("redacts the ticket and the follow-ups before they are checkpointed", async () => {
    process.env.ESCALATION_REDACT_STORED = "1";
    const { client } = sqliteClient(mkdtempSync(join(tmpdir(), "esc-stored-")));
    await client.triage({ ...TICKET, id: "PII-STORED-1" });
    await client.message("PII-STORED-1", `card ${SECRETS.card}`);
    const ticket = await client.ticket("PII-STORED-1");
    const result = await client.read("PII-STORED-1");
    expect(ticket?.subject).toBe("Card [REDACTED:card] and my account");
    expect(ticket?.customerEmail).toBe(TICKET.customerEmail);
    expectNoTrace(JSON.stringify({ ticket, result }), "the checkpointed thread");
    expect(result?.conversation.at(-1)?.content ?? "").toContain("[REDACTED:card]");
  });

  it("redacts an intake ticket before it is journaled", async () => {
    // The settings are parsed once, when the server and its agent start: set before, as a deployment sets it.
    process.env.ESCALATION_REDACT_STORED = "1";
    const stored = await startTestServer();
    try {
      const response = await fetch(`${stored.url}/tickets`, {
        method: "POST",
        headers: bearer(),
        body: JSON.stringify({ ...TICKET, id: "PII-STORED-2" }),
      });
      expect(response.status).toBe(202);
      await stored.tasks.drain(30_000);
      const Database = (await import("better-sqlite3")).default;
      const db = new Database(stored.db, { readonly: true });
      const rows = db.prepare("SELECT work FROM intake_journal WHERE thread_id = ?").all("PII-STORED-2") as Array<{ work: string }>;
      db.close();
      expect(rows.length).toBe(1);
      expectNoTrace(rows.map((r) => r.work).join("\n"), "the intake journal");
    } finally {
      await stored.stop();
    }
  });
});
