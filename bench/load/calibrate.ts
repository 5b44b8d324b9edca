/**
 * What the engine decides, in this process, for the first ticket of each
 * template (bench/tickets.ts). The load test checks that every thread
 * decides after a crash what the engine decides without one: that is its
 * job. What the engine's judgement should be is the evals' job, so a
 * retraining that moves a template's decision moves the calibration with
 * it; the drift is logged, and the load must still reach every decision type.
 */
import type { DecisionType } from "../../src/domain/taxonomy.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { createEvalAgent } from "../../evals/runner.js";
import type { GeneratedTicket } from "../tickets.js";

/** The decision of each template, by its subject (every template has its own). */
export type Calibration = Map<string, DecisionType>;

export async function calibrate(generated: readonly GeneratedTicket[], log: (line: string) => void): Promise<Calibration> {
  const calibration: Calibration = new Map();
  const { agent, dispose } = createEvalAgent();
  try {
    for (const g of generated) {
      const subject = g.ticket.subject ?? "";
      if (calibration.has(subject)) continue;
      const result = await triageTicket(agent, { ...g.ticket, id: `CALIBRATE-${g.ticket.id}` }, { threadId: `calibrate-${g.ticket.id}` });
      const decided = result.decision?.type;
      if (!decided) throw new Error(`calibration: no decision for the template "${subject}"`);
      if (decided !== g.expected) log(`calibration: the template "${subject}" was written for ${g.expected}; the engine now decides ${decided}`);
      calibration.set(subject, decided);
    }
  } finally {
    dispose();
  }
  return calibration;
}
