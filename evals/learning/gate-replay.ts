/**
 * The eval half of the learning gate (src/learning/gate.ts): the bundled
 * eval set's first turns decided by a fresh rules agent with the default
 * thresholds, read back from its store as replay cases, each marked with
 * whether its label says it must reach a person. Deterministic, so it is
 * computed once per process.
 */
import type { BaseStore } from "@langchain/langgraph";
import { triageTicket } from "../../src/runtime/triage.js";
import { replayCaseOf, type ReplayCase } from "../../src/learning/gate.js";
import { readOutcome } from "../../src/learning/outcomes.js";
import { loadDataset } from "../dataset.js";
import { createEvalAgent } from "../runner.js";

const cache = new Map<string, Promise<ReplayCase[]>>();

async function replay(source: string | undefined): Promise<ReplayCase[]> {
  const dataset = loadDataset(source);
  if (dataset.problems.length > 0)
    throw new Error(`the eval set has problems: ${dataset.problems.map((p) => `${p.location}: ${p.field}: ${p.message}`).join("; ")}`);
  const { agent, dispose } = createEvalAgent();
  try {
    const store = agent.store as BaseStore;
    const cases: ReplayCase[] = [];
    for (const item of dataset.items) {
      const ticketId = item.ticket.id ?? item.id;
      await triageTicket(agent, { ...item.ticket, id: ticketId }, { threadId: item.id, context: { model: "rules" } });
      const record = await readOutcome(store, ticketId);
      if (record) cases.push({ ...replayCaseOf(record), id: item.id, mustEscalate: item.labels.must_escalate === true });
    }
    return cases;
  } finally {
    dispose();
  }
}

/** `source`: a JSON Lines file or folder; the bundled set when absent. */
export function evalReplay(source?: string): Promise<ReplayCase[]> {
  const key = source ?? "";
  let cases = cache.get(key);
  if (!cases) {
    cases = replay(source);
    cache.set(key, cases);
  }
  return cases;
}
