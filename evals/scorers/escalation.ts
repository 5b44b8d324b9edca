/**
 * Did the agent escalate when it had to, and only then? "Escalate" means any
 * decision other than no_escalation. must_escalate true is the positive
 * class, false the negative one; "either" counts for neither (both answers
 * are right there), so it moves no precision or recall.
 */
import type { DecisionType } from "../../src/domain/taxonomy.js";
import { escalates, type LabelledCase } from "../case-result.js";
import { f1, ratio } from "./ratio.js";

export interface CriticalMiss {
  id: string;
  expected: DecisionType[];
  /** What the agent decided; null when the run failed. */
  got: DecisionType | null;
  subject: string;
}

export interface EscalationScore {
  /** Cases labelled must_escalate true / false / "either". */
  mustEscalate: number;
  mustNotEscalate: number;
  either: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  /** must_escalate cases the agent did not escalate (a failed run counts as not escalated). */
  criticalMisses: CriticalMiss[];
  /** Share of must_escalate-false cases the agent escalated anyway. */
  overEscalationRate: number | null;
  overEscalated: string[];
}

export function scoreEscalation(cases: readonly LabelledCase[]): EscalationScore {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  const criticalMisses: CriticalMiss[] = [];
  const overEscalated: string[] = [];
  for (const c of cases) {
    const must = c.labels.must_escalate;
    if (must === "either") continue;
    const did = escalates(c.predicted?.decision);
    if (must && did) tp++;
    else if (must) {
      fn++;
      criticalMisses.push({ id: c.id, expected: [...c.labels.decision], got: c.predicted?.decision ?? null, subject: c.subject });
    } else if (did) {
      fp++;
      overEscalated.push(c.id);
    } else tn++;
  }
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    mustEscalate: tp + fn,
    mustNotEscalate: fp + tn,
    either: cases.filter((c) => c.labels.must_escalate === "either").length,
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    trueNegatives: tn,
    precision,
    recall,
    f1: f1(precision, recall),
    criticalMisses,
    overEscalationRate: ratio(fp, fp + tn),
    overEscalated,
  };
}
