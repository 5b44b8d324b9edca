/**
 * The real CLI against hostile input and leaky failures:
 * - garbage on stdin and in files ends in exit 2 with one `file:line: field:`
 *   message per problem, never a crash or a stack trace;
 * - a ticket with a card number, a password and an API key is escalated, and
 *   no file in the outbox holds any of them;
 * - secrets from the environment appear nowhere — stdout, stderr, outbox —
 *   when the configuration is wrong or every channel refuses.
 */
import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { startHttpServer, sendJson, type LocalServer } from "../helpers/fakes/http.js";
import { readOutbox } from "../helpers/outbox-artefacts.js";
import { runCliAsync } from "../helpers/run-cli-async.js";
import { expectNoTrace, PII_TICKET } from "../helpers/pii.js";
import { main } from "../../src/cli/main.js";
import { runCli, tempDir } from "./run-cli.js";

function jsonLines(stdout: string): Array<Record<string, unknown>> {
  return stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe("garbage in", () => {
  it("reports every bad input by location and field, triages the good one, exits 2, never crashes", () => {
    const dir = tempDir();
    const files = {
      "empty.json": "",
      "blank.json": " \n\t\n",
      "empty-array.json": "[]",
      "batch.jsonl": [
        JSON.stringify({ id: "GOOD-1", subject: "مرحبا 👋", description: "Привет! 你好 — the export fails 😡\u0000\u202e" }),
        JSON.stringify({ id: "BAD-TYPE", description: 5 }),
        "null",
        "[1, 2]",
        JSON.stringify({ id: "BAD-BLANK", description: "   ", message: "\n" }),
        '{"id": "BAD-JSON", "description": "unterminated',
        JSON.stringify({ id: "BAD-TIER", description: "hi", customerTier: "<script>", accountValue: -1 }),
      ].join("\n"),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const names = Object.keys(files).map((name) => join(dir, name));

    const run = runCli(["triage", "-", ...names, "--json", "--db", ":memory:"], { input: "\u0000\u00ff{{{ not json \ud800 ]]" });

    expect(run.code).toBe(2);
    expect(jsonLines(run.stdout).map((r) => r.ticketId)).toEqual(["GOOD-1"]);
    const errors = run.stderr.split("\n").filter((l) => l.startsWith("error: "));
    expect(errors.length).toBeGreaterThanOrEqual(10);
    for (const line of errors) expect(line).toMatch(/^error: \S+?(:\d+)?: (\(json\)|\(input\)|\(ticket\)|[A-Za-z.]+): \S/);
    expect(run.stderr).toMatch(/<stdin>:1: \(json\): invalid JSON/);
    expect(run.stderr).toMatch(/empty\.json: \(input\): is empty/);
    expect(run.stderr).toMatch(/empty-array\.json:1: \(input\): is an empty JSON array/);
    expect(run.stderr).toMatch(/batch\.jsonl:2: description: /);
    expect(run.stderr).toMatch(/batch\.jsonl:3: \(ticket\): must be a JSON object/);
    expect(run.stderr).toMatch(/batch\.jsonl:5: description: either description or message is required/);
    expect(run.stderr).toMatch(/batch\.jsonl:6: \(json\): invalid JSON/);
    expect(run.stderr).toMatch(/batch\.jsonl:7: customerTier: /);
    expect(run.stderr).not.toMatch(/\n\s+at |internal error/);
  });
});

describe("personal data through the real CLI", () => {
  it("escalates a ticket with a card number, a password and an API key and leaves no trace of them in any outbox file", async () => {
    const outbox = join(tempDir(), "outbox");
    const run = runCli(["triage", "-", "--json"], { input: JSON.stringify({ ...PII_TICKET, id: "CLI-PII-1" }), env: { ESCALATION_OUTBOX: outbox } });

    expect(run.code, run.stderr).toBe(0);
    const [result] = jsonLines(run.stdout) as Array<{ decision: { type: string; targetTeam: string } }>;
    expect(result?.decision).toMatchObject({ type: "immediate_escalation", targetTeam: "security_team" });

    const artefacts = await readOutbox(outbox);
    expect(artefacts.map((a) => a.file)).toHaveLength(readdirSync(outbox).length);
    expect(artefacts.length).toBeGreaterThanOrEqual(4);
    for (const artefact of artefacts) expectNoTrace(artefact.visible, artefact.file);
    expectNoTrace(run.stderr, "stderr");
  });
});

describe("secrets from the environment", () => {
  const SECRETS = {
    smtpPassword: "smtp-S3cret-Pass-42",
    slackToken: "xoxb-9999-8888-FAKEslackTOKEN",
    zendeskToken: "zd-FAKE-api-token-7777",
    openaiKey: "sk-FAKE-openai-key-0123456789abcdef",
    dbPassword: "pg-S3cret-Pass-55",
  };
  const servers: Array<{ close(): Promise<void> }> = [];
  let echo: LocalServer;
  let smtpUrl: string;

  beforeAll(async () => {
    // Every service refuses, quoting the credential it was sent: the worst case for a leak.
    echo = await startHttpServer((req, _body, res) => {
      const auth = req.headers.authorization ?? "";
      if ((req.url ?? "").startsWith("/api/v2/")) {
        res.writeHead(401, `Unauthorized ${auth} ${Buffer.from(auth.replace(/^Basic /, ""), "base64").toString("utf8")}`);
        return res.end();
      }
      return sendJson(res, 200, { ok: false, error: `invalid_auth ${auth}` });
    });
    servers.push(echo);
    const smtp = new SMTPServer({
      disabledCommands: ["STARTTLS"],
      allowInsecureAuth: true,
      logger: false,
      onAuth(auth, _session, callback) {
        callback(Object.assign(new Error(`authentication failed for ${auth.username}:${auth.password}`), { responseCode: 535 }));
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", () => resolve()));
    servers.push({ close: () => new Promise<void>((resolve) => smtp.close(() => resolve())) });
    smtpUrl = `smtp://mailer:${SECRETS.smtpPassword}@127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.close()));
  });
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    process.exitCode = undefined;
  });

  function expectNoSecret(text: string, where: string): void {
    for (const secret of Object.values(SECRETS)) {
      for (const form of [secret, encodeURIComponent(secret), Buffer.from(secret).toString("base64")]) {
        expect(text.includes(form), `${where} holds ${form}`).toBe(false);
      }
    }
  }

  it("a malformed SMTP_URL is named, its password is not printed (in process: no agent runs, no spawn needed)", async () => {
    vi.stubEnv("SMTP_URL", `smtp://mailer:${SECRETS.smtpPassword}@mail.example.com:notaport`);
    vi.stubEnv("OPENAI_API_KEY", SECRETS.openaiKey);
    vi.stubEnv("ESCALATION_DB", ":memory:");
    const written: string[] = [];
    const capture = (chunk: string | Uint8Array) => (written.push(String(chunk)), true);
    vi.spyOn(process.stdout, "write").mockImplementation(capture);
    vi.spyOn(process.stderr, "write").mockImplementation(capture);

    const code = await main(["node", "escalation-agent", "triage", "examples/tickets/TICK-ENT-001.json"]);

    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(written.join("")).toMatch(/^error: SMTP_URL is not a valid URL/m);
    expectNoSecret(written.join(""), "output");
  });

  it("an unknown ESCALATION_REDACT kind is a configuration error naming the variable (exit 2)", async () => {
    vi.stubEnv("ESCALATION_REDACT", "card,emails");
    vi.stubEnv("ESCALATION_DB", ":memory:");
    const written: string[] = [];
    vi.spyOn(process.stderr, "write").mockImplementation((chunk: string | Uint8Array) => (written.push(String(chunk)), true));

    const code = await main(["node", "escalation-agent", "triage", "examples/tickets/TICK-ENT-001.json"]);

    vi.restoreAllMocks();
    expect(code).toBe(2);
    expect(written.join("")).toMatch(/^error: ESCALATION_REDACT has an unknown kind 'emails'/m);
  });

  it("every channel refusing and quoting the credentials leaks none of them into output, state or outbox", async () => {
    const work = tempDir();
    const run = await runCliAsync(["triage", "examples/tickets/TICK-ENT-001.json", "--json"], {
      env: {
        ESCALATION_DB: join(work, "agent.db"),
        ESCALATION_OUTBOX: join(work, "outbox"),
        SMTP_URL: smtpUrl,
        SLACK_BOT_TOKEN: SECRETS.slackToken,
        SLACK_API_URL: `${echo.url}/api/`,
        ZENDESK_URL: echo.url,
        ZENDESK_EMAIL: "agent@example.com",
        ZENDESK_API_TOKEN: SECRETS.zendeskToken,
        OPENAI_API_KEY: SECRETS.openaiKey,
        DATABASE_URL: `postgres://app:${SECRETS.dbPassword}@127.0.0.1:1/agent`,
        LOG_LEVEL: "debug",
      },
    });

    expect(run.code, run.stderr).toBe(0);
    const [result] = jsonLines(run.stdout) as Array<{ handoff: { status: string; notifications: Array<{ status: string; error?: string }> } }>;
    // Every channel failed (so there were errors to leak) and said why.
    expect(result?.handoff.status).toBe("manual_intervention_required");
    const failed = result?.handoff.notifications.filter((n) => n.status === "failed") ?? [];
    expect(failed.length).toBeGreaterThanOrEqual(3);
    expect(failed.map((n) => n.error).join("\n")).toMatch(/SMTP|Slack|Zendesk/);

    expectNoSecret(run.stdout, "stdout");
    expectNoSecret(run.stderr, "stderr");
    for (const artefact of await readOutbox(join(work, "outbox"))) expectNoSecret(artefact.visible, artefact.file);
  });
});
