/**
 * The ticket reader's trade-off curve (training/ticket-reader/frontier.ts):
 * for each number missed, the fewest calm cases any setting of its lines
 * escalates, keeping only the points that improve on every point that misses
 * fewer; and what it escalates at most so many misses.
 */
import { describe, expect, it } from "vitest";
import { figures, type ReadCase } from "../../training/ticket-reader/choose.js";
import { calmAtMost, linesHoldingTheBar, readerFrontier, readerTradeOff } from "../../training/ticket-reader/frontier.js";

const c = (needsPerson: boolean, probability: number, engineEscalates = false, doubt?: number): ReadCase => ({
  id: `${needsPerson ? "p" : "n"}-${probability}-${engineEscalates}-${doubt ?? "-"}`,
  file: "dev-x.jsonl",
  needsPerson,
  engineEscalates,
  kind: "reporting",
  probability,
  ...(doubt === undefined ? {} : { doubt }),
});

// Two misses the reader can find (0.9, 0.7), one it cannot (0.1); two calm cases it would raise (0.8, 0.6);
// one calm case the engine escalates on a learned need that the reader doubts (0.05), and one escalation it doubts wrongly (0.1).
const cases = [c(true, 0.9), c(true, 0.7), c(true, 0.1), c(false, 0.8), c(false, 0.6), c(false, 0, true, 0.05), c(true, 0, true, 0.1), c(false, 0.1)];

describe("readerFrontier", () => {
  const curve = readerFrontier(cases);

  it("keeps, for each number missed, the fewest calm cases escalated, each point better than every point that misses fewer", () => {
    // One miss at best (0.1 is under every threshold), which costs the calm 0.8 to find the 0.7; two misses cost nothing
    // once the doubt lowers the calm need (0.05) and not the real one (0.1).
    expect(curve.map((p) => [p.missed, p.overEscalated])).toEqual([
      [1, 1],
      [2, 0],
    ]);
    for (let i = 1; i < curve.length; i++) {
      expect(curve[i]?.missed).toBeGreaterThan(curve[i - 1]?.missed ?? Infinity);
      expect(curve[i]?.overEscalated).toBeLessThan(curve[i - 1]?.overEscalated ?? -Infinity);
    }
  });

  it("gives lines that reproduce each point", () => {
    for (const point of curve) {
      const { asking, reporting, confirm, routine } = point.lines;
      const f = figures(cases, { asking, reporting }, confirm, routine);
      expect([f.mustEscalate - f.caught, f.overEscalated]).toEqual([point.missed, point.overEscalated]);
    }
  });

  it("does not try a threshold that flags too many of a public set's calm rows", () => {
    // Every probability from 0.5 up is flagged on this set: only silence and the grid's top are left.
    const noisy = { name: "public", probabilities: [...Array.from({ length: 90 }, () => 0.1), ...Array.from({ length: 10 }, () => 0.75)] };
    const bounded = readerFrontier(cases, [noisy]);
    for (const point of bounded) expect(Math.min(point.lines.asking, point.lines.reporting)).toBeGreaterThanOrEqual(0.8);
    expect(bounded[0]?.missed).toBe(2);
  });
});

describe("calmAtMost", () => {
  const curve = readerFrontier(cases);

  it("is the fewest calm cases escalated by a setting that misses no more than asked", () => {
    expect(calmAtMost(curve, 1)).toBe(1);
    expect(calmAtMost(curve, 2)).toBe(0);
    expect(calmAtMost(curve, 10)).toBe(0);
  });

  it("is null when no setting misses so few", () => {
    expect(calmAtMost(curve, 0)).toBeNull();
  });
});

describe("readerTradeOff", () => {
  it("reports the frontier and the fewest calm cases escalated while 97 % of the escalations are found", () => {
    // 100 escalations: the engine catches 97, the reader can find two more (0.9) and not the last (0.1); one calm case reads 0.95.
    const many = [
      ...Array.from({ length: 97 }, (_, i) => ({ ...c(true, 0, true), id: `caught-${i}` })),
      { ...c(true, 0.9), id: "found-1" },
      { ...c(true, 0.9), id: "found-2" },
      c(true, 0.1),
      c(false, 0.95),
      c(false, 0.1),
    ];
    const tradeOff = readerTradeOff(many);
    expect(tradeOff.barRecall).toBe(0.97);
    expect(tradeOff.barMisses).toBe(3);
    expect(tradeOff.points).toEqual(readerFrontier(many));
    // Finding the two from 0.9 escalates the calm 0.95; silent, it misses 3 and escalates nothing calm, which the bar allows.
    expect(tradeOff.points.map((p) => [p.missed, p.overEscalated])).toEqual([
      [1, 1],
      [3, 0],
    ]);
    expect(tradeOff.calmAtBar).toBe(0);
  });
});

describe("linesHoldingTheBar", () => {
  // 100 escalations: the engine catches 95; the reader finds three more from 0.9 and one from 0.6, which also raises two
  // calm cases; one escalation stays under every line. The bar allows 3 misses.
  const many = [
    ...Array.from({ length: 95 }, (_, i) => ({ ...c(true, 0, true), id: `caught-${i}` })),
    ...Array.from({ length: 3 }, (_, i) => ({ ...c(true, 0.9), id: `found-${i}` })),
    { ...c(true, 0.6), id: "found-late" },
    c(true, 0.1),
    { ...c(false, 0.6), id: "calm-1" },
    { ...c(false, 0.6), id: "calm-2" },
    c(false, 0.1),
  ];
  const tradeOff = readerTradeOff(many);
  const silent = { asking: 1, reporting: 1, confirm: 0, routine: 0 };

  it("ships the account's lines while they hold the bar", () => {
    const account = { asking: 1, reporting: 0.6, confirm: 0, routine: 0 };
    expect(linesHoldingTheBar(account, 1, tradeOff)).toEqual({ lines: account, chosenBy: "account" });
    expect(linesHoldingTheBar(account, 3, tradeOff)).toEqual({ lines: account, chosenBy: "account" });
  });

  it("past the bar, ships the setting that escalates the fewest calm cases within the bar's misses", () => {
    // Silent, the account's lines miss 5; the bar needs at most 3, which the 0.9 line reaches without a calm case.
    const shipped = linesHoldingTheBar(silent, 5, tradeOff);
    expect(shipped.chosenBy).toBe("bar");
    const f = figures(many, { asking: shipped.lines.asking, reporting: shipped.lines.reporting }, shipped.lines.confirm, shipped.lines.routine);
    expect([f.mustEscalate - f.caught, f.overEscalated]).toEqual([2, 0]);
  });

  it("ships the setting that misses fewest when no setting reaches the bar", () => {
    const strict = { ...tradeOff, barMisses: 0 };
    const shipped = linesHoldingTheBar(silent, 5, strict);
    expect(shipped).toEqual({ lines: tradeOff.points[0]?.lines, chosenBy: "bar" });
    const f = figures(many, { asking: shipped.lines.asking, reporting: shipped.lines.reporting }, shipped.lines.confirm, shipped.lines.routine);
    expect(f.mustEscalate - f.caught).toBe(1);
  });
});
