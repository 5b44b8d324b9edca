/**
 * A segment's learned thresholds: the verdicts of its tickets without harm
 * evidence, sorted to the thresholds that governed them, each threshold
 * calibrated on its own (see calibration.ts) — what proposals.ts proposes —
 * and the sentences a decision's reasons carry when a learned threshold
 * decided it, or was held back by the guard.
 */
import type { OutcomeRecord } from "../domain/outcome-record.js";
import { DEFAULT_THRESHOLDS, type PolicyThresholds } from "../rules/thresholds.js";
import { calibrateThreshold, type Sample, type ThresholdCalibration } from "./calibration.js";
import { harmEvidence } from "./harm.js";
import { LEARNABLE_THRESHOLDS, THRESHOLD_SCORE, type LearnableThreshold } from "./learnable.js";
import type { ThresholdAdjustment } from "../domain/policy-trace.js";

export interface SegmentCalibration {
  segment: string;
  /** Verdicts the policy may learn from in this segment. */
  verdicts: number;
  thresholds: Record<LearnableThreshold, ThresholdCalibration>;
}

/**
 * Whether the ticket had harm evidence when decided (harm.ts). Records from
 * before the guard carry no list; their signature still shows frustration,
 * indicators and signals (money amounts were not kept).
 */
export function wasGuarded(record: OutcomeRecord, managementFrustration = DEFAULT_THRESHOLDS.managementFrustration): boolean {
  if (record.policy?.guard) return record.policy.guard.length > 0;
  const s = record.signature;
  return (
    harmEvidence({
      classification: { ...s, escalationSignals: s.signals, entities: { amounts: [] } },
      frustration: s.frustration,
      managementFrustration,
      moneyLine: Infinity,
    }).length > 0
  );
}

/**
 * The samples for one threshold: verdicts on decisions that threshold
 * governed, on tickets without harm evidence — the only ones a learned
 * threshold may act on, so the only ones it is learned from.
 */
export function samplesFor(threshold: LearnableThreshold, records: readonly OutcomeRecord[]): Sample[] {
  const field = THRESHOLD_SCORE[threshold].field;
  const samples: Sample[] = [];
  for (const r of records) {
    const score = r.signature[field];
    if (!r.verdict || !r.policy?.governedBy.includes(threshold) || typeof score !== "number" || wasGuarded(r)) continue;
    samples.push({ ticketId: r.ticketId, score, warranted: r.verdict.shouldHaveEscalated });
  }
  return samples;
}

/** `records`: the segment's records whose verdicts count (see settings.ts). */
export function calibrateSegment(segment: string, records: readonly OutcomeRecord[], base: PolicyThresholds): SegmentCalibration {
  const thresholds = Object.fromEntries(LEARNABLE_THRESHOLDS.map((name) => [name, calibrateThreshold(base[name], samplesFor(name, records))])) as Record<
    LearnableThreshold,
    ThresholdCalibration
  >;
  return { segment, verdicts: records.filter((r) => r.verdict).length, thresholds };
}

/**
 * e.g. "learned: billing:enterprise tickets at overall risk 55–61 did not
 * warrant a person in 9/11 verdicts → threshold 62 (default 55)".
 */
export function describeAdjustment(segment: string, a: ThresholdAdjustment): string {
  const label = THRESHOLD_SCORE[a.threshold].label;
  const [from, to] = a.learned > a.base ? [a.base, a.learned - 1] : [a.learned, a.base - 1];
  const finding =
    a.learned > a.base
      ? `did not warrant a person in ${a.total - a.warranted}/${a.total} verdicts`
      : `warranted a person in ${a.warranted}/${a.total} verdicts`;
  return `learned: ${segment} tickets at ${label} ${from}–${to} ${finding} → threshold ${a.learned} (default ${a.base})`;
}

/** e.g. "learning guard: learned billing:enterprise overall risk threshold 66 not applied (harm evidence: frustration 95 ≥ 80); default 55 decides". */
export function describeGuard(segment: string, a: ThresholdAdjustment, guard: readonly string[]): string {
  return `learning guard: learned ${segment} ${THRESHOLD_SCORE[a.threshold].label} threshold ${a.learned} not applied (harm evidence: ${guard.join("; ")}); default ${a.base} decides`;
}
