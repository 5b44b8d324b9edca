/**
 * Intake with workers: accepted tickets and follow-ups go to the worker
 * queue (Redis) instead of being triaged by the server, and a worker
 * triages them on the shared PostgreSQL database.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QueueDispatcher } from "../../src/server/intake/queue-dispatcher.js";
import { seedTicket } from "../helpers/agent.js";
import { skipWithout, waitFor } from "../helpers/services.js";
import { bearer, startTestServer, type TestServer } from "../helpers/server.js";
import { queueHarness, type Harness } from "../worker/harness.js";

const skip = skipWithout("TEST_DATABASE_URL", "the intake queue test") || skipWithout("TEST_REDIS_URL", "the intake queue test");

describe.skipIf(skip)("intake with a worker queue", () => {
  let harness: Harness;
  let server: TestServer;

  beforeAll(async () => {
    harness = queueHarness();
    const dispatcher = new QueueDispatcher(harness.producer, harness.reader, async () => undefined);
    server = await startTestServer({ dispatcher });
  });
  afterAll(async () => {
    await server?.stop();
    await harness?.stop();
  });

  it("hands the ticket and its follow-up to the queue, and a worker triages them", async () => {
    const post = (path: string, body: unknown) => fetch(`${server.url}${path}`, { method: "POST", headers: bearer(), body: JSON.stringify(body) });
    expect((await post("/tickets", seedTicket("TICK-ENT-001"))).status).toBe(202);
    await server.tasks.drain();
    // Queued, not triaged: the journal is done with it, the thread does not exist yet — and a follow-up is accepted.
    expect(await server.processor.journal.pending()).toEqual([]);
    expect(await harness.reader.read("TICK-ENT-001")).toBeNull();
    expect((await post("/tickets/TICK-ENT-001/messages", { content: "Any update?" })).status).toBe(202);
    expect((await post("/tickets/NOT-QUEUED/messages", { content: "Hello?" })).status).toBe(404);
    await server.tasks.drain();

    await harness.startWorker();
    const thread = await waitFor(
      async () => {
        const t = await harness.reader.read("TICK-ENT-001");
        return t && t.conversation.filter((turn) => turn.role === "customer").length === 2 ? t : undefined;
      },
      30_000,
      "the worker to triage the ticket and its follow-up",
    );
    expect(thread.decision?.type).toBe("immediate_escalation");
    expect(thread.status).toBe("awaiting_human");
  });
});
