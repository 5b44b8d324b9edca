/**
 * `escalation-agent notifications retry`: a Slack handoff message that failed
 * while Slack was down is sent by the command once Slack is back — exactly
 * once — and a second run finds nothing left to do. The command runs in
 * this process (its settings and output injected): a spawned CLI costs
 * seconds of start-up per run.
 */
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { buildContextPackage } from "../../src/nodes/handoff/context-package.js";
import { createHandoffChannels } from "../../src/tools/channels/create.js";
import { SqliteDeliveryLedger } from "../../src/tools/channels/sqlite-ledger.js";
import { makeAnalysis, makeClassification, makeEscalation } from "../fixtures/triage.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { runNotificationsRetry } from "../../src/cli/notifications-command.js";
import { tempDir } from "./run-cli.js";

async function runRetry(db: string, env: Record<string, string>, json = false) {
  let stdout = "";
  let stderr = "";
  const code = await runNotificationsRetry({ db, json }, { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date() });
  return { code, stdout, stderr };
}

const KEY = "T-77:immediate_escalation:engineering:slack";

let slack: FakeSlack;
beforeAll(async () => {
  slack = await startFakeSlack();
});
afterAll(async () => {
  await slack.close();
});

describe("escalation-agent notifications retry", () => {
  it("re-sends what failed, once, and then has nothing to retry", async () => {
    const db = join(tempDir(), "agent.db");
    const ledger = SqliteDeliveryLedger.open(db);
    const settings = { slack: { token: slack.token, apiUrl: slack.apiUrl }, outboxDir: tempDir() };
    const channels = createHandoffChannels({ routing: DEFAULT_ROUTING, ledger, settings, retry: { retries: 0 } });
    slack.down = { status: 500 };
    const contextPackage = buildContextPackage({
      ticketId: "T-77",
      ticket: { subject: "API down" },
      classification: makeClassification({ category: "technical", priority: "critical" }),
      analysis: makeAnalysis(),
      decision: makeEscalation("immediate_escalation", "engineering", "immediate"),
      conversation: [],
      escalatedAt: "2025-01-01T10:00:00.000Z",
    });
    const failed = await channels.deliver({ id: KEY, kind: "slack", target: "#engineering-support", contextPackage });
    expect(failed).toMatchObject({ status: "failed", attempts: 1 });
    ledger.close();

    slack.down = undefined;
    const env = { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl };
    const retry = await runRetry(db, env, true);
    expect(retry.code, retry.stderr).toBe(0);
    expect(JSON.parse(retry.stdout.trim())).toMatchObject({ id: KEY, kind: "slack", status: "sent", attempts: 2 });
    expect(slack.posted).toHaveLength(1);
    expect(slack.posted[0]?.metadata?.event_payload).toMatchObject({ idempotency_key: KEY });
    expect(retry.stderr).toContain("1 of 1 notification(s) delivered");
    expect(retry.stdout + retry.stderr).not.toContain(slack.token);

    const again = await runRetry(db, env);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("nothing to retry");
    expect(slack.posted).toHaveLength(1);
  });
});
