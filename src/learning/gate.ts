/**
 * The gate a proposal passes before it may apply: its change replayed on the
 * bundled eval set and on the segment's recent tickets must cause no new
 * critical miss (a ticket that must reach a person, by the eval label or by
 * a human's verdict, no longer escalated) and lose no escalation of a
 * ticket with harm evidence.
 *
 * The two replays differ on purpose. The eval set is replayed with the bare
 * threshold, the guard off: it is the fixed yardstick, and a threshold that
 * is only safe while the guard's lines (money line, management frustration)
 * stay where they are today would become unsafe when an operator moves
 * them. The recent tickets are replayed as the policy would decide them,
 * guard on: that is what the change would really do to this customer base.
 */
import type { OutcomeRecord } from "../domain/outcome-record.js";
import type { GateReport } from "./in-force.js";
import { THRESHOLD_SCORE } from "./learnable.js";
import type { Proposal } from "./proposals.js";
import { wasGuarded } from "./segment-calibration.js";

/** One replayed decision: the scores and the thresholds that governed it, and what it must do. */
export interface ReplayCase {
  id: string;
  segment: string;
  risk: number;
  technical: number;
  governedBy: readonly string[];
  /** Harm evidence in the ticket (empty when none). */
  guard: readonly string[];
  /** true: must reach a person (the eval label, or a verdict of "warranted"). */
  mustEscalate: boolean;
}

/** The segment's most recent tickets the gate replays. */
export const RECENT_TICKETS = 200;

export function replayCaseOf(record: OutcomeRecord): ReplayCase {
  return {
    id: record.ticketId,
    segment: record.segment,
    risk: record.signature.risk,
    technical: record.signature.technical,
    governedBy: record.policy?.governedBy ?? [],
    guard: record.policy?.guard ?? (wasGuarded(record) ? ["harm evidence in the signature"] : []),
    mustEscalate: record.verdict?.shouldHaveEscalated === true,
  };
}

/** The segment's recent tickets, newest first. */
export function recentCases(records: readonly OutcomeRecord[], segment: string, limit = RECENT_TICKETS): ReplayCase[] {
  return records
    .filter((r) => r.segment === segment)
    .sort((a, b) => b.decidedAt.localeCompare(a.decidedAt))
    .slice(0, limit)
    .map(replayCaseOf);
}

interface Lost {
  id: string;
  critical: boolean;
  guard: readonly string[];
}

/** Escalations the proposal would stop; `guarded`: harm-evidence tickets keep the default and are never changed. */
function lostEscalations(proposal: Proposal, cases: readonly ReplayCase[], guarded: boolean): { lost: Lost[]; changed: number; replayed: number } {
  const field = THRESHOLD_SCORE[proposal.threshold].field;
  let changed = 0;
  let replayed = 0;
  const lost: Lost[] = [];
  for (const c of cases) {
    if (c.segment !== proposal.segment) continue;
    replayed++;
    if (!c.governedBy.includes(proposal.threshold) || (guarded && c.guard.length > 0)) continue;
    const before = c[field] >= proposal.from;
    const after = c[field] >= proposal.to;
    if (before === after) continue;
    changed++;
    if (before && !after) lost.push({ id: c.id, critical: c.mustEscalate, guard: c.guard });
  }
  return { lost, changed, replayed };
}

export function runGate(proposal: Proposal, replay: { eval: readonly ReplayCase[]; recent: readonly ReplayCase[] }): GateReport {
  const onEval = lostEscalations(proposal, replay.eval, false);
  const onRecent = lostEscalations(proposal, replay.recent, true);
  const findings: string[] = [];
  for (const [where, result] of [
    ["eval set", onEval],
    ["recent tickets", onRecent],
  ] as const) {
    for (const l of result.lost) {
      if (l.critical) findings.push(`${where}: new critical miss: ${l.id} must reach a person and would no longer be escalated`);
      if (l.guard.length > 0) findings.push(`${where}: escalation lost for ${l.id}, which has harm evidence (${l.guard.join("; ")})`);
    }
  }
  return {
    passed: findings.length === 0,
    findings,
    changed: { eval: onEval.changed, recent: onRecent.changed },
    replayed: { eval: onEval.replayed, recent: onRecent.replayed },
  };
}
