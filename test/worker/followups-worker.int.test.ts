/**
 * `escalation-agent worker --followups-every`: the worker process sends a
 * due satisfaction survey through the channels (the outbox here), records
 * it as sent in the PostgreSQL store, and keeps it in the delivery ledger
 * in the same database.
 */
import { readdirSync } from "node:fs";
import type { BaseStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { readFollowUp, writeFollowUp } from "../../src/followups/follow-up.js";
import { openStore } from "../../src/persistence/open.js";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";
import { startWorkerProcess, stopWorkerProcesses } from "./worker-cli.js";

const skip = skipWithout("TEST_DATABASE_URL", "the worker follow-up test") || skipWithout("TEST_REDIS_URL", "the worker follow-up test");

describe.skipIf(skip)("worker --followups-every", () => {
  let harness: Harness | undefined;
  let store: BaseStore | undefined;
  afterEach(async () => {
    stopWorkerProcesses();
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

    const worker = startWorkerProcess(h, ["--concurrency", "1", "--followups-every", "1s"], { SMTP_URL: "" });

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
    await waitFor(async () => (worker.output().includes("follow-up surveys run") ? true : undefined), 10_000, "the run's log line");
    expect(worker.output()).not.toContain("dana@example.com");

    worker.child.kill("SIGTERM");
    expect(await worker.exited, worker.output()).toBe(0);
  }, 120_000);
});
