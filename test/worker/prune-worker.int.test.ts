/**
 * `escalation-agent worker --prune-every`: a worker prunes the finished
 * threads' history on its schedule (one run per interval across workers),
 * leaves a thread waiting for a person whole, and logs counts only.
 */
import { afterEach, describe, expect, it } from "vitest";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";
import { startWorkerProcess, stopWorkerProcesses } from "./worker-cli.js";

const skip = skipWithout("TEST_DATABASE_URL", "the worker prune test") || skipWithout("TEST_REDIS_URL", "the worker prune test");

describe.skipIf(skip)("worker --prune-every", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    stopWorkerProcesses();
    await harness?.stop();
    harness = undefined;
  });

  it("prunes finished threads on its schedule and leaves a thread with a person whole", async () => {
    const h = (harness = queueHarness());
    await h.reader.triage({ id: "PRUNE-BOT", subject: "Export", description: "How do I export my projects to CSV?" });
    await h.reader.triage({
      id: "PRUNE-WAIT",
      subject: "Outage",
      description: "Our production API is down, every request fails with 503.",
      customerTier: "enterprise",
    });
    const checkpoints = async (thread: string) =>
      Number((await h.query<{ n: string }>(`SELECT count(*) AS n FROM "${h.schemaName}".checkpoints WHERE thread_id = '${thread}'`))[0]?.n);
    const waiting = await checkpoints("PRUNE-WAIT");
    expect(await checkpoints("PRUNE-BOT")).toBeGreaterThan(1);

    const worker = startWorkerProcess(h, ["--concurrency", "1", "--followups-every", "off", "--prune-every", "1s", "--prune-finished-before", "0"]);

    await waitFor(async () => ((await checkpoints("PRUNE-BOT")) === 1 ? true : undefined), 60_000, "the scheduled prune");
    expect(await checkpoints("PRUNE-WAIT")).toBe(waiting);
    expect((await h.reader.read("PRUNE-BOT"))?.decision?.type).toBe("no_escalation");
    await waitFor(async () => (worker.output().includes("threads pruned") ? true : undefined), 10_000, "the run's log line");
    expect(worker.output()).not.toContain("PRUNE-BOT");

    worker.child.kill("SIGTERM");
    expect(await worker.exited, worker.output()).toBe(0);
  }, 120_000);
});
