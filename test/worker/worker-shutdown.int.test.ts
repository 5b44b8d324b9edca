/**
 * `escalation-agent worker` on SIGTERM: finishes the requests it is on,
 * leaves the rest queued, closes its connections and exits 0 — nothing
 * lost, nothing left half-done; another worker takes over the rest.
 */
import { afterEach, describe, expect, it } from "vitest";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";
import { startWorkerProcess, stopWorkerProcesses } from "./worker-cli.js";

const skip = skipWithout("TEST_DATABASE_URL", "the worker shutdown test") || skipWithout("TEST_REDIS_URL", "the worker shutdown test");

describe.skipIf(skip)("worker shutdown", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    stopWorkerProcesses();
    await harness?.stop();
    harness = undefined;
  });

  it("finishes the requests in progress on SIGTERM, exits 0, and loses nothing", async () => {
    const h = (harness = queueHarness());
    const ids = Array.from({ length: 24 }, (_, i) => `SHUT-${i}`);
    await h.producer.submit(
      ids.map((id) => ({ threadId: id, request: { kind: "ticket", ticket: { id, description: `Our production API is down, every request fails (${id}).` } } })),
    );

    const worker = startWorkerProcess(h, ["--concurrency", "2"]);

    // A decision, once written, stays: each poll reads only the threads still waiting, so the polling does not
    // read 24 checkpoints every 50 ms in the process whose in-process worker handles the rest below.
    const decided = new Set<string>();
    const handled = async () => {
      const waiting = ids.filter((id) => !decided.has(id));
      const results = await Promise.all(waiting.map(async (id) => ({ id, result: await h.reader.read(id) })));
      for (const { id, result } of results) if (result?.decision) decided.add(id);
      return decided.size;
    };
    await waitFor(async () => ((await handled()) > 0 ? true : undefined), 60_000, "the worker to handle a first ticket");
    worker.child.kill("SIGTERM");
    expect(await worker.exited, worker.output()).toBe(0);
    expect(worker.output()).toContain("worker stopped");

    // Whatever the worker started, it finished: no thread is left mid-run.
    for (const id of ids) {
      const state = await h.reader.agent.getState({ configurable: { thread_id: id } });
      if (state.values && Object.keys(state.values).length > 0)
        expect(
          state.tasks.every((task) => task.interrupts.length > 0),
          `${id} ${JSON.stringify(state.next)} ${JSON.stringify(state.metadata)}\n${worker.output()}`,
        ).toBe(true);
    }
    // The rest waited in their inboxes; another worker picks them up.
    await h.startWorker();
    await waitFor(async () => ((await handled()) === ids.length ? true : undefined), 60_000, "every ticket to be handled");
    expect(await h.producer.inbox.deadLetters()).toEqual([]);
  }, 120_000); // a worker process starts in seconds, more on a busy machine
});
