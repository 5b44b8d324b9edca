/**
 * Priority is an ordered scale, so "high" for an "urgent" ticket is a smaller
 * error than "low": this scorer counts predictions at most one step away.
 */
import { priorityRank } from "../../src/domain/taxonomy.js";
import type { LabelledCase } from "../case-result.js";
import { ratio } from "./ratio.js";

export interface PriorityDistanceScore {
  n: number;
  withinOne: number;
  rate: number | null;
  /** Cases two or more steps off, the ones worth reading. */
  farOff: Array<{ id: string; expected: string; got: string | null }>;
}

export function scorePriorityWithinOne(cases: readonly LabelledCase[]): PriorityDistanceScore {
  let withinOne = 0;
  const farOff: PriorityDistanceScore["farOff"] = [];
  for (const c of cases) {
    const got = c.predicted?.priority ?? null;
    if (got !== null && Math.abs(priorityRank(got) - priorityRank(c.labels.priority)) <= 1) withinOne++;
    else farOff.push({ id: c.id, expected: c.labels.priority, got });
  }
  return { n: cases.length, withinOne, rate: ratio(withinOne, cases.length), farOff };
}
