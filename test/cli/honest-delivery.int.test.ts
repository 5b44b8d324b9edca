/**
 * A notification is delivered only when its channel took it:
 * - a Slack message that failed (connection refused, said so) is not turned
 *   into a file by `notifications retry` run without Slack's settings; it
 *   stays owed to Slack, and a retry with the token sends it;
 * - with no channel configured at all, nobody was told: the notifications
 *   are `not_configured`, the handoff `handoff_pending`, and the fallback
 *   alert is planned; a later retry with a configured outbox writes them.
 */
import { loadSettings } from "../../src/settings/index.js";
import { readdirSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { formatSummary } from "../../src/cli/format.js";
import { runNotificationsRetry } from "../../src/cli/notifications-retry.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import type { ChannelSettings } from "../../src/delivery/settings.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { tempDir } from "./run-cli.js";

const SECURITY = {
  id: "SEC-HONEST-1",
  subject: "Account compromised",
  description: "Someone hacked our admin account and is exporting customer data right now. This is a security breach!",
  customerTier: "enterprise" as const,
};

async function runRetry(db: string, env: Record<string, string>) {
  let stdout = "";
  let stderr = "";
  const code = await runNotificationsRetry(
    { db, json: true, settings: loadSettings(env) },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date() },
  );
  const lines = stdout
    .trim()
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; kind: string; status: string; error?: string });
  return { code, lines, stderr };
}

async function triageWith(settings: ChannelSettings) {
  const db = join(tempDir(), "agent.db");
  const checkpointer = SqliteSaver.fromConnString(db);
  const agent = createEscalationAgent({
    checkpointer,
    store: new InMemoryStore(),
    routing: DEFAULT_ROUTING,
    channels: ({ routing, ledger }) => createHandoffChannels({ routing, ledger, settings, retry: { retries: 0 } }),
  });
  const result = await triageTicket(agent, SECURITY);
  checkpointer.db.close();
  return { db, result };
}

/** A port nothing listens on: bound, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

describe("a Slack message that failed", () => {
  it("names the reason, is never written to the outbox by a retry without Slack, and is sent by a retry with it", async () => {
    const { db, result } = await triageWith({ slack: { token: "xoxb-1", apiUrl: `http://127.0.0.1:${await closedPort()}/api/` } });
    const failed = result.handoff?.notifications.find((n) => n.channel === "slack");
    expect(failed).toMatchObject({ status: "failed" });
    expect(failed?.error).toContain("connection refused");
    // The CLI's summary of the run says why, not only that it failed.
    expect(formatSummary(result, SECURITY.subject)).toMatch(/slack: Slack chat\.postMessage: connection refused/);
    expect(failed?.error).toMatch(/^Slack chat\.postMessage: connection refused \(127\.0\.0\.1:\d+\)$/);

    const outbox = tempDir();
    const without = await runRetry(db, { ESCALATION_OUTBOX: outbox });
    expect(without.code).toBe(3);
    const slackLine = without.lines.find((l) => l.kind === "slack");
    expect(slackLine).toMatchObject({ status: "not_configured" });
    expect(slackLine?.error).toContain("SLACK_BOT_TOKEN");
    expect(readdirSync(outbox).filter((f) => f.includes("_slack."))).toEqual([]);
    expect(without.stderr).not.toMatch(/(\d+) of \1 notification\(s\) delivered/);
    const ledger = SqliteDeliveryLedger.open(db);
    expect((await ledger.get(slackLine?.id ?? ""))?.status).toBe("failed");
    ledger.close();

    const posted = slack.posted.length;
    const withToken = await runRetry(db, { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl, ESCALATION_OUTBOX: outbox });
    expect(withToken.lines.find((l) => l.kind === "slack")).toMatchObject({ status: "sent" });
    expect(slack.posted.length - posted).toBeGreaterThanOrEqual(1);
  });
});

describe("no channel configured at all", () => {
  it("reports nobody told: not_configured notifications, a pending handoff, the fallback planned, no files", async () => {
    const { db, result } = await triageWith({});
    expect(result.handoff?.status).toBe("handoff_pending");
    const byChannel = Object.fromEntries((result.handoff?.notifications ?? []).map((n) => [n.channel, n]));
    for (const channel of ["email", "slack", "ticketing", "fallback_slack", "fallback_email"]) {
      expect(byChannel[channel], channel).toMatchObject({ status: "not_configured" });
    }
    expect(byChannel.slack?.error).toContain("Slack is not configured (SLACK_BOT_TOKEN)");

    const outbox = tempDir();
    const retry = await runRetry(db, { ESCALATION_OUTBOX: outbox });
    expect(retry.code).toBe(0);
    expect(retry.lines.length).toBeGreaterThanOrEqual(5);
    expect(retry.lines.every((l) => l.status === "outbox")).toBe(true);
    expect(readdirSync(outbox).length).toBe(retry.lines.length);
  });
});
