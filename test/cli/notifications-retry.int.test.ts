/**
 * `escalation-agent notifications retry`: a Slack handoff message that failed
 * while Slack was down is sent by the command once Slack is back — exactly
 * once — and a second run finds nothing left to do. A mail the server took
 * for the team but refused for the cc is completed for the cc alone, and the
 * thread then reads as the ledger has it. The command runs in this process
 * (its settings and output injected): a spawned CLI costs seconds of
 * start-up per run, so only the final read is spawned.
 */
import { loadSettings } from "../../src/settings/index.js";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openAgent } from "../../src/cli/open-agent.js";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { triageTicket } from "../../src/runtime/triage.js";
import type { TriageResult } from "../../src/runtime/output.js";
import type { ThreadSummary } from "../../src/runtime/thread-client.js";
import { DEFAULT_ROUTING } from "../../src/config/routing.js";
import { createHandoffChannels } from "../../src/delivery/create.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import { engineeringOutagePackage } from "../fixtures/triage.js";
import { seedTicket } from "../helpers/agent.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { startFakeSmtp, type FakeSmtp } from "../helpers/fakes/smtp.js";
import { runNotificationsRetry } from "../../src/cli/notifications-retry.js";
import { runCli, tempDir } from "./run-cli.js";

async function runRetry(db: string, env: Record<string, string>, json = false) {
  let stdout = "";
  let stderr = "";
  const code = await runNotificationsRetry(
    { db, json, settings: loadSettings(env) },
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), now: () => new Date() },
  );
  return { code, stdout, stderr };
}

const KEY = "T-77:immediate_escalation:engineering:slack";

let slack: FakeSlack;
let smtp: FakeSmtp;
beforeAll(async () => {
  [slack, smtp] = await Promise.all([startFakeSlack(), startFakeSmtp()]);
});
afterAll(async () => {
  await Promise.all([slack.close(), smtp.close()]);
});

describe("escalation-agent notifications retry", () => {
  it("re-sends what failed, once, and then has nothing to retry", async () => {
    const db = join(tempDir(), "agent.db");
    const ledger = SqliteDeliveryLedger.open(db);
    const settings = { slack: { token: slack.token, apiUrl: slack.apiUrl }, outboxDir: tempDir() };
    const channels = createHandoffChannels({ routing: DEFAULT_ROUTING, ledger, settings, retry: { retries: 0 } });
    slack.down = { status: 500 };
    const contextPackage = engineeringOutagePackage("T-77");
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

  it("completes a partial mail for the refused cc only, and the thread then reads as the ledger has it", async () => {
    const db = join(tempDir(), "agent.db");
    const outboxDir = tempDir();
    const checkpointer = SqliteSaver.fromConnString(db);
    const agent = createEscalationAgent({
      checkpointer,
      store: new InMemoryStore(),
      routing: DEFAULT_ROUTING,
      channels: ({ routing, ledger }) =>
        createHandoffChannels({
          routing,
          ledger,
          settings: { smtpUrl: smtp.url, slack: { token: slack.token, apiUrl: slack.apiUrl }, outboxDir },
          retry: { retries: 0 },
        }),
    });
    const posted = slack.posted.length;
    const mailed = smtp.received.length;
    slack.down = { status: 500 };
    smtp.rejectRecipients.add("escalation@company.com");
    const first = await triageTicket(agent, seedTicket("TICK-ENT-001"));
    checkpointer.db.close();
    const team = (r: TriageResult | null) => Object.fromEntries((r?.handoff?.notifications ?? []).map((n) => [n.channel, n]));
    expect(first.handoff?.status).toBe("partially_delivered");
    expect(team(first).email).toMatchObject({ status: "partial", rejected: ["escalation@company.com"] });
    expect(team(first).slack).toMatchObject({ status: "failed" });
    const teamMails = () => smtp.received.slice(mailed).filter((m) => m.mail.subject?.startsWith("[ESCALATION][IMMEDIATE]"));
    expect(teamMails().map((m) => m.recipients)).toEqual([["engineering-support@company.com"]]);

    slack.down = undefined;
    smtp.rejectRecipients.clear();
    const env = { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl, SMTP_URL: smtp.url, ESCALATION_OUTBOX: outboxDir };
    const retry = await runRetry(db, env, true);
    expect(retry.code, retry.stdout + retry.stderr).toBe(0);
    const lines = retry.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { kind: string; status: string });
    expect(Object.fromEntries(lines.map((l) => [l.kind, l.status]))).toMatchObject({ team_email: "sent", slack: "sent" });
    // The team had the mail: only the cc gets it now, the very same message.
    expect(teamMails().map((m) => m.recipients)).toEqual([["engineering-support@company.com"], ["escalation@company.com"]]);
    expect(teamMails()[1]?.mail.messageId).toBe(teamMails()[0]?.mail.messageId);
    expect(slack.posted.slice(posted).filter((p) => p.channel === "C0ENGSUPP1")).toHaveLength(1);
    expect(retry.stdout + retry.stderr).not.toContain(smtp.password);

    // Reading the thread: the ledger's statuses, the handoff judged on them; the checkpoint still says what the run saw.
    const opened = openAgent({ db, settings: loadSettings() });
    try {
      const read = await opened.client.read("TICK-ENT-001");
      expect(read?.handoff?.status).toBe("handed_off");
      expect(team(read).email).toMatchObject({ status: "sent", attempts: 2 });
      expect(team(read).email).not.toHaveProperty("rejected");
      expect(team(read).email).not.toHaveProperty("error");
      expect(team(read).slack).toMatchObject({ status: "sent", attempts: 2 });
      const [summary] = await opened.client.list();
      expect(summary).toMatchObject<Partial<ThreadSummary>>({ threadId: "TICK-ENT-001", handoff: "handed_off" });
      const checkpoint = (await opened.client.agent.getState({ configurable: { thread_id: "TICK-ENT-001" } })).values as TriageResult;
      expect(checkpoint.handoff?.status).toBe("partially_delivered");
    } finally {
      await opened.close();
    }

    const shown = runCli(["threads", "--thread", "TICK-ENT-001", "--json", "--db", db]);
    expect(shown.code, shown.stderr).toBe(0);
    const result = JSON.parse(shown.stdout) as TriageResult;
    expect(result.handoff?.status).toBe("handed_off");
    expect(result.handoff?.notifications.filter((n) => n.channel === "email" || n.channel === "slack").map((n) => n.status)).toEqual(["sent", "sent"]);
  });
});
