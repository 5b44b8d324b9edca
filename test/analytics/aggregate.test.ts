/** The report's numbers, from hand-made outcome records whose answers can be counted by eye. */
import { describe, expect, it } from "vitest";
import { aggregate } from "../../src/analytics/aggregate.js";
import { renderAnalyticsHtml } from "../../src/analytics/html.js";
import { percentile } from "../../src/analytics/stats.js";
import type { FollowUp } from "../../src/followups/follow-up.js";
import { outcome } from "../helpers/outcomes.js";

const NOW = new Date("2025-03-10T00:00:00.000Z");

const RECORDS = [
  // Escalated billing, judged appropriate, resolved in 30 minutes, satisfaction 5.
  outcome({
    ticketId: "A",
    category: "billing",
    tier: "enterprise",
    decision: "scheduled_escalation",
    timings: { classify: 10, analyze: 5, decide: 5, respond: 100 },
    verdict: { appropriate: true, resolutionMinutes: 30, satisfaction: 5 },
  }),
  // Escalated billing, judged needless, resolved in 90 minutes.
  outcome({
    ticketId: "B",
    category: "billing",
    tier: "paid",
    decision: "specialist_escalation",
    timings: { classify: 20, analyze: 10, decide: 10 },
    verdict: { appropriate: false, shouldHaveEscalated: false, resolutionMinutes: 90 },
  }),
  // Kept by the bot; a review says it should have gone to a person.
  outcome({
    ticketId: "C",
    category: "technical",
    tier: "paid",
    timings: { classify: 30, analyze: 10, decide: 20 },
    usage: { llmCalls: 2, promptTokens: 300, completionTokens: 40, fallbacks: 1 },
    verdict: { appropriate: false, shouldHaveEscalated: true, satisfaction: 2 },
  }),
  // Kept, no verdict, decided on another day.
  outcome({ ticketId: "D", category: "technical", tier: "free", decidedAt: "2025-03-02T09:00:00.000Z", timings: { classify: 40, analyze: 20, decide: 20 } }),
];

const SURVEYS: FollowUp[] = [
  { ticketId: "A", kind: "satisfaction_survey", to: "a@x.io", scheduledAt: "", dueAt: "", status: "answered", attempts: 1, notificationId: "A:s", sentAt: "" },
  {
    ticketId: "B",
    kind: "satisfaction_survey",
    to: "b@x.io",
    scheduledAt: "",
    dueAt: "",
    status: "scheduled",
    attempts: 0,
    notificationId: "B:s",
    sentAt: null,
  },
];

describe("the performance report", () => {
  const report = aggregate(RECORDS, SURVEYS, { now: NOW });

  it("counts volume, escalations and automation", () => {
    expect(report.volume).toBe(4);
    expect(report.escalation.escalated).toBe(2);
    expect(report.escalation.rate).toBe(0.5);
    expect(report.automationRate).toBe(0.5);
    expect(report.escalation.byCategory).toEqual([
      { group: "billing", tickets: 2, escalated: 2, rate: 1 },
      { group: "technical", tickets: 2, escalated: 0, rate: 0 },
    ]);
    expect(report.escalation.byTier.find((t) => t.group === "enterprise")).toEqual({ group: "enterprise", tickets: 1, escalated: 1, rate: 1 });
    expect(report.perDay).toEqual([
      { day: "2025-03-01", tickets: 3, escalated: 2 },
      { day: "2025-03-02", tickets: 1, escalated: 0 },
    ]);
  });

  it("measures precision and misses from verdicts", () => {
    expect(report.verdicts).toMatchObject({
      total: 3,
      escalationsJudged: 2,
      escalationsAppropriate: 1,
      precision: 0.5,
      keptJudged: 1,
      keptShouldHaveEscalated: 1,
      missRate: 1,
    });
  });

  it("takes percentiles of time to decision (classify + analyze + decide) and of resolutions by people", () => {
    // 20, 40, 60, 80 ms: nearest-rank p50 is 40, p95 is 80.
    expect(report.timeToDecisionMs).toEqual({ p50: 40, p95: 80, n: 4 });
    // Only the two escalations were resolved by a person: 30 and 90 minutes.
    expect(report.resolutionMinutes).toEqual({ p50: 30, p95: 90, n: 2 });
  });

  it("sums model use and fallbacks, and averages satisfaction", () => {
    expect(report.model).toEqual({ calls: 2, promptTokens: 300, completionTokens: 40, callsPerTicket: 0.5 });
    expect(report.fallbacks).toEqual({ tickets: 1, rate: 0.25 });
    expect(report.satisfaction.mean).toBe(3.5);
    expect(report.surveys).toEqual({ scheduled: 1, sent: 0, failed: 0, answered: 1 });
  });

  it("keeps to tickets decided since a date", () => {
    const recent = aggregate(RECORDS, SURVEYS, { now: NOW, since: new Date("2025-03-02T00:00:00.000Z") });
    expect(recent.volume).toBe(1);
    expect(recent.surveys.answered).toBe(0);
  });

  it("says n/a rather than 0 % when there is nothing to measure", () => {
    const empty = aggregate([], [], { now: NOW });
    expect(empty.escalation.rate).toBeNull();
    expect(empty.verdicts.precision).toBeNull();
    expect(renderAnalyticsHtml(empty)).toContain("No outcomes recorded");
  });

  it("renders every chart as inline SVG, with nothing to fetch", () => {
    const html = renderAnalyticsHtml(report);
    for (const chart of ["volume", "escalation-by-category", "escalation-by-tier", "escalations-by-team", "decisions", "satisfaction"]) {
      expect(html).toMatch(new RegExp(`<figure data-chart="${chart}"><svg`));
    }
    expect(html).not.toMatch(/<script|src="http/);
  });
});

describe("percentile", () => {
  it("is nearest-rank", () => {
    expect(percentile([5, 1, 3], 50)).toBe(3);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([], 50)).toBeNull();
  });
});
