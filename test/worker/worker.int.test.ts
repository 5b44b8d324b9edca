/**
 * Queue workers on Redis and PostgreSQL: requests go in through `enqueue`
 * or the producer, come out as checkpointed threads; a thread's requests
 * keep their order with several workers at concurrency > 1; a run that
 * dies half-way is resumed from its checkpoint, not repeated; requests that
 * can never succeed go to the dead letters without blocking their thread.
 */
import { readdirSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { ThreadRequest } from "../../src/runtime/thread-request.js";
import type { Submission } from "../../src/runtime/queue/producer.js";
import type { HandoffChannels } from "../../src/delivery/types.js";
import { runCli } from "../cli/run-cli.js";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";

const skip = skipWithout("TEST_DATABASE_URL", "the queue worker tests") || skipWithout("TEST_REDIS_URL", "the queue worker tests");

const ticket = (id: string, description: string, tier: "paid" | "enterprise" = "paid"): ThreadRequest => ({
  kind: "ticket",
  ticket: { id, subject: "Support", description, customerTier: tier },
});
const followUp = (content: string): ThreadRequest => ({ kind: "message", content });

describe.skipIf(skip)("queue workers", () => {
  let harness: Harness | undefined;
  afterEach(async () => {
    await harness?.stop();
    harness = undefined;
  });

  /** Waits until every inbox is empty and no doorbell is waiting or running. */
  async function drained(h: Harness, timeoutMs = 30_000): Promise<void> {
    await waitFor(
      async () => {
        const counts = await h.producer.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
        const busy = Object.values(counts).some((n) => n > 0);
        for await (const _ of h.producer.inbox.threadsWithStaleMail(0)) return undefined;
        return busy ? undefined : true;
      },
      timeoutMs,
      "the queue to drain",
    );
  }

  it("takes tickets from `escalation-agent enqueue` to decisions in the checkpointer", async () => {
    const h = (harness = queueHarness());
    await h.startWorker({ concurrency: 2 });
    const run = runCli(
      [
        "enqueue",
        "examples/tickets/TICK-STD-001.json",
        "examples/tickets/TICK-ENT-001.json",
        "examples/tickets/TICK-TECH-001.json",
        "examples/tickets/TICK-REPEAT-001.json",
      ],
      {
        env: { REDIS_URL: h.settings.redisUrl, ESCALATION_QUEUE_PREFIX: h.settings.prefix },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    const receipts = run.stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as { requestId: string; threadId: string; kind: string });
    expect(receipts.map((r) => [r.threadId, r.kind])).toEqual([
      ["TICK-STD-001", "ticket"],
      ["TICK-ENT-001", "ticket"],
      ["TICK-TECH-001", "ticket"],
      ["TICK-REPEAT-001", "ticket"],
    ]);
    await drained(h);
    const decisions = await Promise.all(receipts.map(async (r) => [r.threadId, (await h.reader.read(r.threadId))?.decision?.type]));
    expect(Object.fromEntries(decisions)).toEqual({
      "TICK-STD-001": "no_escalation",
      "TICK-ENT-001": "immediate_escalation",
      "TICK-TECH-001": "specialist_escalation",
      "TICK-REPEAT-001": "management_escalation",
    });
    expect(await h.producer.inbox.deadLetters()).toEqual([]);
  });

  it("keeps each thread's requests in order with two workers at concurrency 4", async () => {
    const h = (harness = queueHarness());
    const threads = Array.from({ length: 6 }, (_, i) => `ORDER-${i}`);
    const texts = (thread: string) => [1, 2, 3, 4].map((n) => `${thread} follow-up number ${n} about the export`);
    // Interleaved across threads and split over several submissions, so one thread's requests meet several doorbells.
    const all: Submission[] = [];
    for (const thread of threads) all.push({ threadId: thread, request: ticket(thread, `How do I export my data? (${thread})`) });
    for (let n = 0; n < 4; n++) for (const thread of threads) all.push({ threadId: thread, request: followUp(texts(thread)[n] as string) });
    // A human-owned thread whose actions only make sense in order: claim before the reply, resolve last.
    all.push({ threadId: "ORDER-HUMAN", request: ticket("ORDER-HUMAN", "Our production API is down, every request fails with 503.", "enterprise") });
    all.push({ threadId: "ORDER-HUMAN", request: { kind: "human", action: { action: "claim", agent: "alice" } } });
    all.push({ threadId: "ORDER-HUMAN", request: { kind: "human", action: { action: "reply", text: "Looking into it." } } });
    all.push({ threadId: "ORDER-HUMAN", request: { kind: "human", action: { action: "resolve", resolved: true, appropriate: true } } });
    for (let i = 0; i < all.length; i += 9) await h.producer.submit(all.slice(i, i + 9));

    await Promise.all([h.startWorker({ concurrency: 4 }), h.startWorker({ concurrency: 4 })]);
    await drained(h);

    for (const thread of threads) {
      const result = await h.reader.read(thread);
      // In order, none lost (two runs from one checkpoint would drop a turn), each applied once.
      expect(
        result?.conversation
          .filter((t) => t.role === "customer")
          .map((t) => t.content)
          .slice(1),
      ).toEqual(texts(thread));
      expect(result?.metrics.nodes.classify?.runs).toBe(5);
    }
    const human = await h.reader.read("ORDER-HUMAN");
    expect(human).toMatchObject({ status: "resolved", owner: "alice" });
    expect(await h.producer.inbox.deadLetters()).toEqual([]);
  });

  it("resumes a run that died half-way from its checkpoint: nothing runs or is sent twice", async () => {
    const h = (harness = queueHarness());
    let crashes = 0;
    // The first delivery dies, as a worker killed inside hand_off would (respond has finished by then).
    const crashOnce = (channels: HandoffChannels): HandoffChannels => ({
      deliver: async (notification) => {
        if (crashes++ === 0) throw new Error("simulated crash inside hand_off");
        return channels.deliver(notification);
      },
    });
    await h.startWorker({ concurrency: 1, wrapChannels: crashOnce });
    const [item] = await h.producer.submit([
      { threadId: "CRASH-1", request: ticket("CRASH-1", "Our production API is down, every request fails with 503.", "enterprise") },
    ]);
    await drained(h);

    const result = await h.reader.read("CRASH-1");
    expect(crashes).toBeGreaterThan(1);
    expect(result?.decision?.type).toBe("immediate_escalation");
    expect(result?.conversation.filter((t) => t.role === "customer")).toHaveLength(1);
    // Nodes that finished before the crash were not run again.
    expect(result?.metrics.nodes.classify?.runs).toBe(1);
    expect(result?.metrics.nodes.respond?.runs).toBe(1);
    expect(result?.metrics.nodes.hand_off?.runs).toBe(1);
    const completed = await h.producer.queue.getCompleted();
    expect(completed.flatMap((job) => job.returnvalue ?? [])).toContainEqual(expect.objectContaining({ requestId: item?.id, outcome: "resumed" }));
    // One artefact per notification, each delivered once according to the ledger.
    expect(readdirSync(h.outbox).filter((f) => f.startsWith("CRASH-1"))).toHaveLength(3);
    const ledger = await h.query<{ attempts: number }>(`SELECT attempts FROM "${h.schemaName}".notification_deliveries`);
    expect(ledger.map((r) => r.attempts)).toEqual([1, 1, 1]);
  });

  it("moves requests that cannot succeed to the dead letters and goes on with the thread", async () => {
    const h = (harness = queueHarness());
    await h.producer.submit([
      { threadId: "NO-SUCH-THREAD", request: followUp("hello?") },
      { threadId: "DEAD-1", request: ticket("DEAD-1", "How do I reset my password?") },
      { threadId: "DEAD-1", request: { kind: "human", action: { action: "claim", agent: "bob" } } },
      { threadId: "DEAD-1", request: followUp("Thanks, that worked!") },
    ]);
    await h.startWorker();
    await drained(h);
    const dead = await h.producer.inbox.deadLetters();
    expect(dead.map((d) => d.error)).toEqual([
      expect.stringMatching(/NO-SUCH-THREAD does not exist/),
      expect.stringMatching(/not waiting for a human \(status: bot\)/),
    ]);
    const thread = await h.reader.read("DEAD-1");
    expect(thread?.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual(["How do I reset my password?", "Thanks, that worked!"]);
  });
});
