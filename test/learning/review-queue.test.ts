/**
 * Counter-evidence by design: tickets a learned threshold kept with the bot
 * are sampled into a review queue (a share, and at least one a day per
 * segment); their verdicts count like any other, and what learning changed
 * is counted per segment.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { autoApply } from "../../src/learning/apply.js";
import { readOutcomes } from "../../src/learning/outcomes.js";
import { learningEffects, reviewQueue, reviewSample, sampleHash } from "../../src/learning/review-queue.js";
import { calibrateSegment } from "../../src/learning/segment-calibration.js";
import { recordVerdict } from "../../src/learning/verdicts.js";
import type { OutcomeRecord } from "../../src/domain/outcome-record.js";
import { DEFAULT_THRESHOLDS } from "../../src/rules/thresholds.js";
import { testAgent } from "../helpers/agent.js";
import { seatCount } from "./policy-tickets.js";

describe("the review queue", () => {
  it("takes a ticket a learned threshold kept with the bot, and counts its verdict", async () => {
    const { agent, store } = testAgent();
    const client = new ThreadClient(agent);
    for (let i = 1; i <= 8; i++) {
      await client.triage(seatCount(`A-${i}`));
      await client.act(`A-${i}`, { action: "resolve", agent: "billing-lead", resolved: true, appropriate: false });
    }
    await autoApply(store, { evalReplay: async () => [] });
    for (const id of ["K-1", "K-2", "K-3"]) expect((await client.triage(seatCount(id))).decision?.type).toBe("no_escalation");

    const records = await readOutcomes(store);
    const queue = reviewQueue(records, 0.1);
    // Whatever the share picks, at least one a day per segment.
    expect(queue.length).toBeGreaterThanOrEqual(1);
    expect(queue.every((q) => /^K-[123]$/.test(q.ticketId) && q.segment === "billing:enterprise")).toBe(true);
    expect(queue[0]?.learned).toEqual(["scheduledRisk 58 (default 55)"]);
    expect(learningEffects(records)).toEqual([{ segment: "billing:enterprise", changed: 3, reviewed: 0 }]);

    // A reviewer says a person was needed: it leaves the queue, counts as reviewed, and is a sample for the threshold.
    const picked = queue[0]!.ticketId;
    await recordVerdict(store, picked, { appropriate: false, shouldHaveEscalated: true, resolved: true }, new Date().toISOString());
    const after = await readOutcomes(store);
    expect(reviewQueue(after, 0.1).map((q) => q.ticketId)).not.toContain(picked);
    expect(learningEffects(after)).toEqual([{ segment: "billing:enterprise", changed: 3, reviewed: 1 }]);
    const calibration = calibrateSegment(
      "billing:enterprise",
      after.filter((r) => r.verdict),
      DEFAULT_THRESHOLDS,
    );
    expect(calibration.thresholds.scheduledRisk.samples).toBe(9);
  });

  it("samples the share by ticket id, and one a day per segment when the share picks none", () => {
    const kept = (ticketId: string, segment: string, day: string): OutcomeRecord =>
      ({
        ticketId,
        segment,
        escalated: false,
        decidedAt: `${day}T10:00:00.000Z`,
        verdict: null,
        policy: { changedOutcome: true, adjustments: [], governedBy: ["scheduledRisk"], guard: [] },
      }) as unknown as OutcomeRecord;
    const ids = Array.from({ length: 200 }, (_, i) => `T-${i}`);
    const records = ids.map((id) => kept(id, "billing:enterprise", "2026-12-01"));
    const sampled = reviewSample(records, 0.1).map((e) => e.ticketId);
    expect(sampled.sort()).toEqual(ids.filter((id) => sampleHash(id) < 0.1).sort());
    expect(sampled.length).toBeGreaterThan(0);
    expect(sampled.length).toBeLessThan(60);

    // Share 0: still one per segment and day.
    const spread = [
      kept("X-1", "billing:enterprise", "2026-12-01"),
      kept("X-2", "billing:enterprise", "2026-12-02"),
      kept("X-3", "product:paid", "2026-12-02"),
    ];
    expect(reviewSample(spread, 0).map((e) => e.ticketId)).toEqual(["X-1", "X-2", "X-3"]);
    // Decisions learning did not change, or that escalated, are never sampled.
    const unchanged = { ...kept("Y-1", "billing:enterprise", "2026-12-01"), policy: null } as OutcomeRecord;
    const escalated = { ...kept("Y-2", "billing:enterprise", "2026-12-01"), escalated: true } as OutcomeRecord;
    expect(reviewSample([unchanged, escalated], 1)).toEqual([]);
  });
});
