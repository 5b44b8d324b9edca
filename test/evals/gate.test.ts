/**
 * The regression gate: the rules engine over the whole bundled dataset.
 * It fails on any critical miss that is not a known one, when a known miss
 * is fixed but still listed, and when a metric falls below its floor (or
 * rises above its ceiling). Reference numbers: evals/gate-baseline.ts;
 * explanation and the command behind them: evals/RESULTS.md.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { loadDataset } from "../../evals/dataset.js";
import { CEILINGS, FLOORS, KNOWN_CRITICAL_MISSES } from "../../evals/gate-baseline.js";
import { runDataset } from "../../evals/runner.js";
import { headline, scoreRun, type Headline, type Scorecard } from "../../evals/scorers/scorecard.js";

describe("regression gate: rules engine on evals/datasets", () => {
  let card: Scorecard;
  let metrics: Headline;

  beforeAll(async () => {
    const { items, problems } = loadDataset();
    expect(problems).toEqual([]);
    card = scoreRun(await runDataset(items, { model: "rules" }));
    metrics = headline(card);
  }, 180_000);

  it("has no critical miss beyond the known ones", () => {
    const fresh = card.escalation.criticalMisses
      .filter((m) => !(m.id in KNOWN_CRITICAL_MISSES))
      .map((m) => `${m.id} (${m.subject}): expected ${m.expected.join(" | ")}, engine decided ${m.got ?? "nothing (run failed)"}`);
    expect(fresh, "new critical misses: must-escalate tickets the engine no longer escalates").toEqual([]);
  });

  it("lists only misses that still happen (delete a fixed one from KNOWN_CRITICAL_MISSES)", () => {
    const missed = new Set(card.escalation.criticalMisses.map((m) => m.id));
    const fixed = Object.keys(KNOWN_CRITICAL_MISSES).filter((id) => !missed.has(id));
    expect(fixed, "fixed: remove these ids from KNOWN_CRITICAL_MISSES in evals/gate-baseline.ts").toEqual([]);
  });

  it("keeps every metric at or above its floor", () => {
    const below = Object.entries(FLOORS)
      .filter(([metric, floor]) => (metrics[metric as keyof Headline] ?? -1) < (floor as number))
      .map(([metric, floor]) => `${metric} ${metrics[metric as keyof Headline]} < ${floor}`);
    expect(below).toEqual([]);
  });

  it("keeps over-escalation and failures at or below their ceilings", () => {
    const above = Object.entries(CEILINGS)
      .filter(([metric, ceiling]) => (metrics[metric as keyof Headline] ?? Infinity) > (ceiling as number))
      .map(([metric, ceiling]) => `${metric} ${metrics[metric as keyof Headline]} > ${ceiling}`);
    expect(above).toEqual([]);
  });
});
