/**
 * Threshold changes as proposals. Calibration (segment-calibration.ts) says
 * where the verdicts would put a segment's threshold; when that differs from
 * the value in force (in-force.ts), it is a proposal — listed with its
 * evidence and the past tickets whose decision it would change, replayed
 * from the store — and nothing changes until it is applied (apply.ts).
 */
import type { VerdictSource } from "./trust.js";
import { createHash } from "node:crypto";
import type { BaseStore } from "@langchain/langgraph";
import type { OutcomeRecord } from "../domain/outcome-record.js";
import { DEFAULT_THRESHOLDS, type PolicyThresholds } from "../rules/thresholds.js";
import type { BandEvidence } from "./calibration.js";
import { readApplied } from "./in-force.js";
import { LEARNABLE_THRESHOLDS, THRESHOLD_SCORE, type LearnableThreshold } from "./learnable.js";
import { readOutcomes } from "./outcomes.js";
import { calibrateSegment, wasGuarded } from "./segment-calibration.js";
import { countsForLearning, loadSettings } from "./settings.js";

export interface ProposedChange {
  ticketId: string;
  decidedAt: string;
  /** Escalated with the value in force, and with the proposal. */
  before: boolean;
  after: boolean;
  /** The human's verdict, when there is one: was a person warranted? */
  warranted: boolean | null;
}

export interface Proposal {
  id: string;
  segment: string;
  threshold: LearnableThreshold;
  /** The default the calibration started from. */
  base: number;
  /** In force now, and proposed. */
  from: number;
  to: number;
  /** The band behind the move; null when the proposal returns to the default (the evidence that moved it is gone). */
  evidence: BandEvidence | null;
  /** Verdicts that bear on this threshold in the segment. */
  samples: number;
  /** Past tickets in the segment whose decision the proposal would change. */
  changes: ProposedChange[];
}

export function proposalId(segment: string, threshold: LearnableThreshold, from: number, to: number): string {
  return `P-${createHash("sha256").update(`${segment}|${threshold}|${from}|${to}`).digest("hex").slice(0, 8)}`;
}

/** Whether a recorded decision escalates at threshold `t`: only when `t` governed it (policy.ts), and never for a guarded ticket. */
export function escalatesAt(record: OutcomeRecord, threshold: LearnableThreshold, t: number): boolean | null {
  const score = record.signature[THRESHOLD_SCORE[threshold].field];
  if (!record.policy?.governedBy.includes(threshold) || wasGuarded(record) || typeof score !== "number") return null;
  return score >= t;
}

export function changesOf(records: readonly OutcomeRecord[], threshold: LearnableThreshold, from: number, to: number): ProposedChange[] {
  return records.flatMap((r) => {
    const before = escalatesAt(r, threshold, from);
    const after = escalatesAt(r, threshold, to);
    if (before === null || after === null || before === after) return [];
    return [{ ticketId: r.ticketId, decidedAt: r.decidedAt, before, after, warranted: r.verdict ? r.verdict.shouldHaveEscalated : null }];
  });
}

/** `trusted`: the sources whose verdicts count (ESCALATION_LEARNING_TRUST, from the settings); null (unset) for every source. */
export async function computeProposals(
  store: BaseStore,
  trusted: ReadonlySet<VerdictSource> | null = null,
  base: PolicyThresholds = DEFAULT_THRESHOLDS,
): Promise<Proposal[]> {
  const settings = await loadSettings(store);
  const all = await readOutcomes(store);
  const counting = all.filter((r) => countsForLearning(r, settings, trusted));
  const applied = await readApplied(store);
  const segments = [...new Set([...counting.map((r) => r.segment), ...applied.map((a) => a.segment)])].sort();
  const proposals: Proposal[] = [];
  for (const segment of segments) {
    const calibration = calibrateSegment(
      segment,
      counting.filter((r) => r.segment === segment),
      base,
    );
    for (const threshold of LEARNABLE_THRESHOLDS) {
      const c = calibration.thresholds[threshold];
      const from = applied.find((a) => a.segment === segment && a.threshold === threshold)?.value ?? base[threshold];
      if (c.learned === from) continue;
      proposals.push({
        id: proposalId(segment, threshold, from, c.learned),
        segment,
        threshold,
        base: base[threshold],
        from,
        to: c.learned,
        evidence: c.evidence,
        samples: c.samples,
        changes: changesOf(
          all.filter((r) => r.segment === segment),
          threshold,
          from,
          c.learned,
        ),
      });
    }
  }
  return proposals;
}
