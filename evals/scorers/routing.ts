/**
 * Team routing: when the agent escalates a ticket that may be escalated, did
 * it reach a team that should own it? Tickets that were not escalated, or
 * must not be, say nothing about routing and are left out.
 */
import { escalates, type LabelledCase } from "../case-result.js";
import { ratio } from "./ratio.js";

export interface RoutingScore {
  n: number;
  correct: number;
  accuracy: number | null;
  misrouted: Array<{ id: string; expected: string[]; got: string }>;
}

export function scoreTeamRouting(cases: readonly LabelledCase[]): RoutingScore {
  let n = 0;
  let correct = 0;
  const misrouted: RoutingScore["misrouted"] = [];
  for (const c of cases) {
    const predicted = c.predicted;
    if (!predicted || !escalates(predicted.decision)) continue;
    if (!c.labels.decision.some((d) => escalates(d))) continue;
    n++;
    if (c.labels.team.includes(predicted.team)) correct++;
    else misrouted.push({ id: c.id, expected: [...c.labels.team], got: predicted.team });
  }
  return { n, correct, accuracy: ratio(correct, n), misrouted };
}
