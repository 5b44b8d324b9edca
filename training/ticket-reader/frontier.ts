/**
 * The ticket reader's whole trade-off, out of fold: every setting of its four
 * lines on the grids choose.ts searches (a threshold for each kind of message,
 * the learned needs' line of doubt, the guesses' line), and for each number of
 * missed escalations the fewest calm cases escalated. Only the points that
 * escalate fewer calm cases than every point that misses fewer are kept.
 *
 * Two readers are compared on this curve, at equal misses. Their chosen
 * operating points alone are not comparable: the choice moves along the curve
 * with small changes in the out-of-fold readings, and a reader that only
 * moved looked like a gain on one holdout and a loss on the next
 * (evals/RESULTS.md, "twenty-first pass").
 */
import { CONFIRM_GRID, figures, flaggedShare, PUBLIC_BUDGET, SILENT_THRESHOLD, THRESHOLD_GRID, type CalmRows, type ReadCase } from "./choose.js";

export interface FrontierPoint {
  missed: number;
  overEscalated: number;
  lines: { asking: number; reporting: number; confirm: number; routine: number };
}

/** Thresholds tried for each kind: the grid, and silence. */
const KIND_THRESHOLDS = [...THRESHOLD_GRID, SILENT_THRESHOLD];
/** Lines of doubt tried: none, and the grid. */
const DOUBT_LINES = [0, ...CONFIRM_GRID];

/** The frontier of `cases`; a threshold that flags more than PUBLIC_BUDGET of a public set's calm rows is not tried (as in choose.ts). */
export function readerFrontier(cases: readonly ReadCase[], calm: readonly CalmRows[] = []): FrontierPoint[] {
  const allowed = KIND_THRESHOLDS.filter((t) => !calm.some((rows) => flaggedShare(rows, t) > PUBLIC_BUDGET));
  const fewest = new Map<number, FrontierPoint>();
  for (const asking of allowed) {
    for (const reporting of allowed) {
      for (const confirm of DOUBT_LINES) {
        for (const routine of DOUBT_LINES) {
          const f = figures(cases, { asking, reporting }, confirm, routine);
          const missed = f.mustEscalate - f.caught;
          const known = fewest.get(missed);
          if (!known || f.overEscalated < known.overEscalated) {
            fewest.set(missed, { missed, overEscalated: f.overEscalated, lines: { asking, reporting, confirm, routine } });
          }
        }
      }
    }
  }
  const points: FrontierPoint[] = [];
  for (const point of [...fewest.values()].sort((a, b) => a.missed - b.missed)) {
    const last = points.at(-1);
    if (!last || point.overEscalated < last.overEscalated) points.push(point);
  }
  return points;
}

/** The fewest calm cases the frontier escalates while missing at most `missed` (null: no setting misses so few). */
export function calmAtMost(points: readonly FrontierPoint[], missed: number): number | null {
  return pointAtMost(points, missed)?.overEscalated ?? null;
}

/** The setting that escalates the fewest calm cases while missing at most `missed`. */
function pointAtMost(points: readonly FrontierPoint[], missed: number): FrontierPoint | undefined {
  // Each point escalates fewer calm cases than every point before it: the last one within reach is the fewest.
  return points.findLast((p) => p.missed <= missed);
}

/** The recall the issue asks of every unseen source. */
export const BAR_RECALL = 0.97;

/** The frontier, and what its best setting escalates of the calm cases while it finds BAR_RECALL of the escalations. */
export interface TradeOff {
  barRecall: number;
  barMisses: number;
  calmAtBar: number | null;
  points: FrontierPoint[];
}

export function readerTradeOff(cases: readonly ReadCase[], calm: readonly CalmRows[] = []): TradeOff {
  const points = readerFrontier(cases, calm);
  const barMisses = Math.floor(cases.filter((c) => c.needsPerson).length * (1 - BAR_RECALL));
  return { barRecall: BAR_RECALL, barMisses, calmAtBar: calmAtMost(points, barMisses), points };
}

export type ReaderLines = FrontierPoint["lines"];

/** The lines the reader ships with, and what chose them. */
export interface ShippedLines {
  lines: ReaderLines;
  chosenBy: "account" | "bar";
}

/**
 * The account (choose.ts) prices a miss against a calm case the same at
 * every point of the curve, so with a better reader it can settle where the
 * reader finds fewer escalations out of fold than the product promises
 * (evals/RESULTS.md, twenty-third pass: 112 missed of 3,653, under 97 %).
 * Out of fold is the reader's best case: every unseen source has missed
 * more. So the account's lines ship only while they hold the bar; past it,
 * the frontier's setting that escalates the fewest calm cases within the
 * bar's misses does, or, when no setting reaches the bar, the one that
 * misses fewest.
 */
export function linesHoldingTheBar(account: ReaderLines, accountMissed: number, tradeOff: TradeOff): ShippedLines {
  if (accountMissed <= tradeOff.barMisses) return { lines: account, chosenBy: "account" };
  const atBar = pointAtMost(tradeOff.points, tradeOff.barMisses) ?? tradeOff.points[0];
  return atBar ? { lines: atBar.lines, chosenBy: "bar" } : { lines: account, chosenBy: "account" };
}
