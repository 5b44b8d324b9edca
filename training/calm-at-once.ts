/**
 * Which hard triggers send calm tickets to a person at once (`npm run
 * attribute`, its last section). A hard trigger cannot be doubted or
 * outvoted, so a calm ticket escalated at once is a false alarm of one rule
 * or of the concept reader over its hard-trigger score; the decision's
 * reasons name only the signal ("hard trigger: security_incident"), the
 * classification's evidence names who raised it. First messages only: a
 * follow-up inherits its thread's triggers.
 */
import { createEvalAgent } from "../evals/runner.js";
import type { EvalItem } from "../evals/dataset-schema.js";
import { HARD_TRIGGERS } from "../src/domain/taxonomy.js";
import type { Evidence } from "../src/domain/triage.js";
import { triageTicket } from "../src/runtime/triage.js";

/** One hard-trigger evidence entry of a calm ticket escalated at once. */
export interface TriggerFound {
  /** The rule that raised it: a pattern family's ("outage/en/outage_word") or the concept reader's ("learned:fraud"). */
  rule: string;
  /** The sentence or words it read. */
  match: string;
  /** The concept reader's probability; absent for a pattern family. */
  score?: number;
}

export interface CalmAtOnce {
  id: string;
  triggers: TriggerFound[];
}

const LEARNED = "learned:";
const isHardTrigger = (entry: Evidence) => (HARD_TRIGGERS as readonly string[]).includes(entry.signal);

/** The hard-trigger evidence of a classification, as a person reading the account wants it. */
export function triggersOf(evidence: readonly Evidence[]): TriggerFound[] {
  return evidence.filter(isHardTrigger).map((e) => ({ rule: e.rule, match: e.match, ...(e.score === undefined ? {} : { score: e.score }) }));
}

/**
 * Runs each calm ticket's first message through the agent; those escalated at once, with what raised them.
 * `onItem`: called as each item starts (run or skipped), with how many of `items` are done, to show progress.
 */
export async function calmEscalatedAtOnce(
  items: readonly EvalItem[],
  onItem?: (done: number, total: number) => void,
): Promise<{ calm: number; atOnce: CalmAtOnce[] }> {
  const { agent, dispose } = createEvalAgent();
  const atOnce: CalmAtOnce[] = [];
  let calm = 0;
  try {
    for (const [index, item] of items.entries()) {
      onItem?.(index, items.length);
      if (item.labels.must_escalate !== false) continue;
      calm += 1;
      const result = await triageTicket(agent, { ...item.ticket, id: item.ticket.id ?? item.id }, { threadId: item.id, context: { model: "rules" } });
      if (result.decision?.type !== "immediate_escalation") continue;
      atOnce.push({ id: item.id, triggers: triggersOf(result.classification?.evidence ?? []) });
    }
  } finally {
    dispose();
  }
  return { calm, atOnce };
}

export interface AtOnceSummary {
  /** Tickets with a learned hard trigger, by the rule ("learned:fraud"). */
  learned: Record<string, number>;
  /** Tickets whose only hard triggers are learned ones. */
  learnedOnly: number;
  /** Tickets with no learned hard trigger, by each pattern rule that fired on them, most first. */
  patterns: Array<[string, number]>;
  /** Tickets with no learned hard trigger. */
  patternsOnly: number;
}

/** Counts tickets, not entries: a ticket where one rule fired twice counts once for it. */
export function summariseAtOnce(atOnce: readonly CalmAtOnce[]): AtOnceSummary {
  const learned = new Map<string, number>();
  const patterns = new Map<string, number>();
  let learnedOnly = 0;
  let patternsOnly = 0;
  const add = (counts: Map<string, number>, key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const ticket of atOnce) {
    const rules = new Set(ticket.triggers.map((t) => t.rule));
    const learnedRules = [...rules].filter((r) => r.startsWith(LEARNED));
    learnedRules.forEach((r) => add(learned, r));
    if (learnedRules.length > 0 && learnedRules.length === rules.size) learnedOnly += 1;
    if (learnedRules.length === 0) {
      patternsOnly += 1;
      rules.forEach((r) => add(patterns, r));
    }
  }
  return {
    learned: Object.fromEntries([...learned].sort((a, b) => b[1] - a[1])),
    learnedOnly,
    patterns: [...patterns].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])),
    patternsOnly,
  };
}
