/**
 * Follow-up surveys scheduled by the workers (src/worker/survey-schedule.ts), on
 * Redis and PostgreSQL: with several workers the run happens once per
 * interval, not once per worker, and a due survey goes out once; a worker
 * started with the schedule off removes it for the deployment.
 */
import type { BaseStore } from "@langchain/langgraph";
import { afterEach, describe, expect, it } from "vitest";
import { writeFollowUp, type FollowUp } from "../../src/followups/follow-up.js";
import { runDueFollowUps } from "../../src/worker/send-surveys.js";
import { FOLLOWUPS_SCHEDULER_ID } from "../../src/worker/survey-schedule.js";
import type { HandoffChannels, PlannedNotification } from "../../src/delivery/types.js";
import { openStore } from "../../src/persistence/open.js";
import { skipWithout, waitFor } from "../helpers/services.js";
import { queueHarness, type Harness } from "./harness.js";

const skip = skipWithout("TEST_DATABASE_URL", "the follow-up schedule tests") || skipWithout("TEST_REDIS_URL", "the follow-up schedule tests");

const EVERY_MS = 1_000;

function dueSurvey(ticketId: string): FollowUp {
  const past = new Date(Date.now() - 60_000).toISOString();
  return {
    ticketId,
    kind: "satisfaction_survey",
    to: "customer@example.com",
    scheduledAt: past,
    dueAt: past,
    status: "scheduled",
    attempts: 0,
    notificationId: `${ticketId}:satisfaction_survey`,
    sentAt: null,
  };
}

describe.skipIf(skip)("follow-up schedule on the workers", () => {
  let harness: Harness | undefined;
  let store: BaseStore | undefined;
  afterEach(async () => {
    await harness?.stop();
    await store?.stop();
    harness = undefined;
    store = undefined;
  });

  it("runs once per interval across three workers and sends a due survey once", async () => {
    const h = (harness = queueHarness());
    const s = (store = openStore(h.location));
    await writeFollowUp(s, dueSurvey("SURVEY-1"));
    const sent: PlannedNotification[] = [];
    const channels: HandoffChannels = {
      deliver: async (n) => {
        sent.push(n);
        return { status: "sent", attempts: 1, ref: `<${n.id}>` };
      },
    };
    let runs = 0;
    const followUps = {
      everyMs: EVERY_MS,
      run: async (now: Date) => {
        runs += 1;
        return runDueFollowUps(s, channels, { now, dbLocation: h.location });
      },
    };
    const workers = [];
    for (let i = 0; i < 3; i++) workers.push(await h.startWorker({ concurrency: 1, followUps }));

    await waitFor(async () => (runs >= 4 ? true : undefined), 15_000, "four follow-up runs");
    // Stop taking jobs (a run under way finishes), so that the runs and the jobs BullMQ finished can be compared.
    for (const worker of workers) await worker.followUps?.worker?.close();

    expect(sent.map((n) => n.id)).toEqual(["SURVEY-1:satisfaction_survey"]);
    // Each run is one scheduler job, and each job has an interval of its own: once per worker per interval would
    // give three jobs (or three runs of one) for the same slot. Asserted on BullMQ's slots, not on the clock,
    // which a loaded machine stretches.
    const finished = await workers[0]?.followUps?.queue.getJobs(["completed", "failed"]);
    expect(finished?.length).toBe(runs);
    // A scheduler's job is named for its slot: "repeat:<scheduler id>:<the time it is due, ms>".
    const slots = (finished ?? []).map((job) => Number(job.id?.slice(`repeat:${FOLLOWUPS_SCHEDULER_ID}:`.length))).sort((a, b) => a - b);
    expect(slots.every(Number.isFinite)).toBe(true);
    for (let i = 1; i < slots.length; i++) expect((slots[i] ?? 0) - (slots[i - 1] ?? 0)).toBeGreaterThanOrEqual(EVERY_MS);
    expect(await h.producer.queue.getJobSchedulersCount()).toBe(0); // the doorbell queue has none: the schedule has a queue of its own
    const scheduler = await (
      await h.startWorker({ followUps: { everyMs: EVERY_MS, run: async () => [] } })
    ).followUps?.queue.getJobScheduler(FOLLOWUPS_SCHEDULER_ID);
    expect(scheduler?.every).toBe(EVERY_MS);
  });

  it("is removed for every worker by one started with it off", async () => {
    const h = (harness = queueHarness());
    const runs: number[] = [];
    const on = await h.startWorker({ followUps: { everyMs: EVERY_MS, run: async () => (runs.push(Date.now()), []) } });
    const queue = on.followUps?.queue;
    expect(await queue?.getJobScheduler(FOLLOWUPS_SCHEDULER_ID)).toBeDefined();
    await waitFor(async () => (runs.length >= 1 ? true : undefined), 10_000, "a first follow-up run");

    const off = await h.startWorker({ followUps: { everyMs: 0, run: async () => [] } });
    expect(off.followUps?.worker).toBeNull();
    expect(await queue?.getJobScheduler(FOLLOWUPS_SCHEDULER_ID)).toBeUndefined();

    const before = runs.length;
    await new Promise((resolve) => setTimeout(resolve, EVERY_MS * 2.5));
    // A job already taken off the queue may finish; no new interval starts.
    expect(runs.length).toBeLessThanOrEqual(before + 1);
    expect(await queue?.getJobCounts("waiting", "delayed", "prioritized")).toEqual({ waiting: 0, delayed: 0, prioritized: 0 });
  });
});
