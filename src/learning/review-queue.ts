/**
 * Counter-evidence by design. A ticket a learned threshold kept with the bot
 * becomes a bot thread, and nobody resolves a bot thread, so without help no
 * verdict could ever say the threshold went too far. A fixed share of those
 * tickets (settings.reviewShare, default 10 %), and at least one a day per
 * segment, is therefore sampled for review: `learning review --queue`, the
 * console's list, a Slack digest. Their verdicts count like any other.
 *
 * The sample is drawn from the outcome records, not written at decision
 * time: a ticket is in it when a hash of its id falls under the share, or
 * when it is the lowest-hashed of its segment's day and none other is. So
 * the sample is the same whoever asks, and decide stays free of writes.
 */
import { createHash } from "node:crypto";
import type { OutcomeRecord } from "../domain/outcome-record.js";

export interface QueueEntry {
  ticketId: string;
  segment: string;
  decidedAt: string;
  /** The learned thresholds in force when it was kept, e.g. "scheduledRisk 66 (default 55)". */
  learned: string[];
  reviewed: boolean;
}

/** A ticket id mapped evenly onto [0, 1). */
export function sampleHash(ticketId: string): number {
  return createHash("sha256").update(ticketId).digest().readUInt32BE(0) / 2 ** 32;
}

/** Decisions the learned thresholds changed (the learned and default decisions differ). */
export function changedByLearning(record: OutcomeRecord): boolean {
  return record.policy?.changedOutcome === true;
}

/** Kept with the bot because of a learned threshold. */
export function keptByLearning(record: OutcomeRecord): boolean {
  return changedByLearning(record) && !record.escalated;
}

/** Every sampled ticket, reviewed or not, oldest first. */
export function reviewSample(records: readonly OutcomeRecord[], share: number): QueueEntry[] {
  const groups = new Map<string, OutcomeRecord[]>();
  for (const r of records.filter(keptByLearning)) {
    const day = `${r.segment}|${r.decidedAt.slice(0, 10)}`;
    groups.set(day, [...(groups.get(day) ?? []), r]);
  }
  const sampled: OutcomeRecord[] = [];
  for (const group of groups.values()) {
    const ranked = [...group].sort((a, b) => sampleHash(a.ticketId) - sampleHash(b.ticketId));
    const inShare = ranked.filter((r) => sampleHash(r.ticketId) < share);
    sampled.push(...(inShare.length > 0 ? inShare : ranked.slice(0, 1)));
  }
  return sampled
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt) || a.ticketId.localeCompare(b.ticketId))
    .map((r) => ({
      ticketId: r.ticketId,
      segment: r.segment,
      decidedAt: r.decidedAt,
      learned: (r.policy?.adjustments ?? []).map((a) => `${a.threshold} ${a.learned} (default ${a.base})`),
      reviewed: r.verdict !== null,
    }));
}

/** The sampled tickets still waiting for a verdict. */
export function reviewQueue(records: readonly OutcomeRecord[], share: number): QueueEntry[] {
  return reviewSample(records, share).filter((e) => !e.reviewed);
}

export interface LearningEffect {
  segment: string;
  /** Decisions the learned thresholds changed. */
  changed: number;
  /** Of those, how many a person has given a verdict on. */
  reviewed: number;
}

export function learningEffects(records: readonly OutcomeRecord[]): LearningEffect[] {
  const bySegment = new Map<string, LearningEffect>();
  for (const r of records.filter(changedByLearning)) {
    const e = bySegment.get(r.segment) ?? { segment: r.segment, changed: 0, reviewed: 0 };
    e.changed++;
    if (r.verdict) e.reviewed++;
    bySegment.set(r.segment, e);
  }
  return [...bySegment.values()].sort((a, b) => a.segment.localeCompare(b.segment));
}
