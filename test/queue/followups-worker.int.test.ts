/**
 * `escalation-agent worker --followups-every`: the worker process sends a
 * due satisfaction survey through the channels (the outbox here), records
 * it as sent in the PostgreSQL store, and keeps it in the delivery ledger
 * in the same database.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { BaseStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { readFollowUp, writeFollowUp } from "../../src/followups/follow-up.js";
import { openStore } from "../../src/tools/persistence.js";
import { ROOT } from "../cli/run-cli.js";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";

const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));
const skip = skipWithout("TEST_DATABASE_URL", "the worker follow-up test") || skipWithout("TEST_REDIS_URL", "the worker follow-up test");

describe.skipIf(skip)("worker --followups-every", () => {
  let harness: Harness | undefined;
  let store: BaseStore | undefined;
  let child: ChildProcess | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    child = undefined;
    await store?.stop();
    store = undefined;
    await harness?.stop();
    harness = undefined;
  });

  it("sends a due survey once, through the channels, and records it", async () => {
    const h = (harness = queueHarness());
    const s = (store = openStore(h.location));
    const past = new Date(Date.now() - 60_000).toISOString();
    await writeFollowUp(s, {
      ticketId: "SURVEY-CLI-1",
      kind: "satisfaction_survey",
      to: "dana@example.com",
      subject: "Export fails",
      scheduledAt: past,
      dueAt: past,
      status: "scheduled",
      attempts: 0,
      notificationId: "SURVEY-CLI-1:satisfaction_survey",
      sentAt: null,
    });

    const worker = (child = spawn(process.execPath, [BIN, "worker", "--concurrency", "1", "--followups-every", "1s"], {
      cwd: ROOT,
      env: {
        ...process.env,
        ESCALATION_DB: h.location,
        REDIS_URL: h.settings.redisUrl,
        ESCALATION_QUEUE_PREFIX: h.settings.prefix,
        ESCALATION_OUTBOX: h.outbox,
        SMTP_URL: "",
        LOG_LEVEL: "info",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }));
    let output = "";
    worker.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    worker.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = once(worker, "exit");

    const sent = await waitFor(
      async () => {
        const followUp = await readFollowUp(s, "SURVEY-CLI-1");
        return followUp?.status === "sent" ? followUp : undefined;
      },
      60_000,
      "the worker to send the survey",
    );
    expect(sent).toMatchObject({ delivery: "outbox", attempts: 1 });
    expect(readdirSync(h.outbox).filter((f) => f.includes("SURVEY-CLI-1"))).toHaveLength(1);
    const [ledger] = await h.query<{ id: string }>(`SELECT id FROM "${h.schemaName}".notification_deliveries WHERE id = 'SURVEY-CLI-1:satisfaction_survey'`);
    expect(ledger?.id).toBe("SURVEY-CLI-1:satisfaction_survey");
    // Addresses stay out of the log; the run is logged by counts.
    await waitFor(async () => (output.includes("follow-up surveys run") ? true : undefined), 10_000, "the run's log line");
    expect(output).not.toContain("dana@example.com");

    worker.kill("SIGTERM");
    const [code] = (await exited) as [number | null];
    expect(code, output).toBe(0);
  }, 120_000);
});
