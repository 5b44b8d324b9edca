/**
 * A notification left "sending" by a run that crashed is recognised as
 * abandoned at once — its lease names a process that is gone, or a
 * heartbeat gone quiet — and `notifications retry` sends it; one a live
 * process is still sending is left alone. (The old rule, an age of two
 * minutes, refused for two minutes after a crash with no agent running.)
 */
import { loadSettings } from "../../src/settings/index.js";
import { spawn, type ChildProcess } from "node:child_process";
import { hostname } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { runNotificationsRetry } from "../../src/cli/notifications-retry.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { sendingElsewhere } from "../../src/delivery/delivery-lease.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import { engineeringOutagePackage } from "../fixtures/triage.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { tempDir } from "./run-cli.js";

let slack: FakeSlack;
let live: ChildProcess;
beforeAll(async () => {
  slack = await startFakeSlack();
  // A process that is alive for the whole test: its pid stands for an agent still sending.
  live = spawn(process.execPath, ["-e", "setInterval(() => {}, 1000)"], { stdio: "ignore" });
});
afterAll(async () => {
  live.kill("SIGKILL");
  await slack.close();
});

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", ""], { stdio: "ignore" });
  await new Promise((resolve) => child.on("exit", resolve));
  return child.pid ?? 0;
}

/** A ledger with one Slack notification left "sending" under `lease`, as a crashed or running agent leaves it. */
async function leftSending(key: string, lease: { pid: number; host: string; heartbeatAt: string }): Promise<string> {
  const db = join(tempDir(), "agent.db");
  const ledger = SqliteDeliveryLedger.open(db);
  const channels = createHandoffChannels({
    routing: DEFAULT_ROUTING,
    ledger,
    settings: { slack: { token: slack.token, apiUrl: slack.apiUrl } },
    retry: { retries: 0 },
  });
  slack.down = { status: 500 };
  await channels.deliver({ id: key, kind: "slack", target: "#engineering-support", contextPackage: engineeringOutagePackage(key.split(":")[0] ?? "") });
  slack.down = undefined;
  ledger.close();
  const raw = new Database(db);
  raw
    .prepare("UPDATE notification_deliveries SET status = 'sending', updated_at = ?, lease = ? WHERE id = ?")
    .run(new Date().toISOString(), JSON.stringify(lease), key);
  raw.close();
  return db;
}

async function retry(db: string) {
  let stdout = "";
  const env = { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl };
  const code = await runNotificationsRetry(
    { db, json: true, settings: loadSettings(env) },
    { stdout: (t) => void (stdout += t), stderr: () => undefined, now: () => new Date() },
  );
  return { code, line: JSON.parse(stdout.trim()) as { status: string; error?: string } };
}

describe("a notification left sending", () => {
  it("by a process that is gone is retried at once", async () => {
    const db = await leftSending("T-91:immediate_escalation:engineering:slack", {
      pid: await deadPid(),
      host: hostname(),
      heartbeatAt: new Date().toISOString(),
    });
    const posted = slack.posted.length;
    const { code, line } = await retry(db);
    expect(line).toMatchObject({ status: "sent" });
    expect(code).toBe(0);
    expect(slack.posted.length - posted).toBe(1);
  });

  it("by a live process is left to it", async () => {
    const db = await leftSending("T-92:immediate_escalation:engineering:slack", {
      pid: live.pid ?? 0,
      host: hostname(),
      heartbeatAt: new Date().toISOString(),
    });
    const { code, line } = await retry(db);
    expect(code).toBe(3);
    expect(line).toMatchObject({ status: "pending", error: expect.stringMatching(/still being sent/) });
  });

  it("on another host is left alone while its heartbeat is fresh, and retried once it has gone quiet", () => {
    const now = new Date("2026-01-01T12:00:00Z");
    const record = (heartbeatAt: string) => ({
      id: "k",
      kind: "slack" as const,
      target: "#x",
      status: "sending" as const,
      attempts: 1,
      artefact: { medium: "slack" as const, message: {} as never },
      startedAt: "2026-01-01T11:00:00Z",
      updatedAt: "2026-01-01T11:00:00Z",
      lease: { pid: 1234, host: "other-host", heartbeatAt },
    });
    expect(sendingElsewhere(record("2026-01-01T11:59:55Z"), now)).toBe(true);
    expect(sendingElsewhere(record("2026-01-01T11:59:00Z"), now)).toBe(false);
  });
});
