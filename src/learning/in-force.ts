/**
 * The learned thresholds in force, and the journal of every change to them.
 * Verdicts no longer move a threshold by themselves: calibration makes a
 * proposal (proposals.ts), and only an applied proposal changes decisions —
 * by `learning apply`, or automatically when it passes the gate (gate.ts).
 * Each change is journaled with who or what made it and the value it
 * replaced, so `learning rollback` can put that value back.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { PolicyThresholds } from "../rules/thresholds.js";
import { LEARNABLE_THRESHOLDS, type LearnableThreshold } from "./learnable.js";
import type { ThresholdAdjustment } from "../domain/policy-trace.js";

export const APPLIED_NAMESPACE = ["learning", "applied"] as const;
export const JOURNAL_NAMESPACE = ["learning", "journal"] as const;

export interface AppliedThreshold {
  segment: string;
  threshold: LearnableThreshold;
  value: number;
  /** The default it moved from. */
  base: number;
  /** The band evidence behind it, for the decisions' reasons. */
  warranted: number;
  total: number;
  proposalId: string;
  appliedAt: string;
  appliedBy: string;
}

export interface GateReport {
  passed: boolean;
  /** Why it failed, one line per finding; empty when it passed. */
  findings: string[];
  /** How many replayed decisions the proposal changed, per source. */
  changed: { eval: number; recent: number };
  replayed: { eval: number; recent: number };
}

export interface JournalEntry {
  /** The proposal's id: `learning rollback <id>` names it. */
  id: string;
  kind: "applied" | "refused" | "rolled_back";
  segment: string;
  threshold: LearnableThreshold;
  from: number;
  to: number;
  at: string;
  /** "auto (gate)", a person's name, or the OS user of the CLI. */
  by: string;
  gate: GateReport | null;
  /** For "applied": what was in force before (null: the default), so a rollback restores it exactly. */
  previous: AppliedThreshold | null;
}

const key = (segment: string, threshold: LearnableThreshold) => `${segment}|${threshold}`;

export async function readApplied(store: BaseStore): Promise<AppliedThreshold[]> {
  const out: AppliedThreshold[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.search([...APPLIED_NAMESPACE], { limit: 500, offset });
    out.push(...page.map((item) => item.value as unknown as AppliedThreshold));
    if (page.length < 500) return out;
  }
}

export async function readAppliedFor(store: BaseStore, segment: string): Promise<AppliedThreshold[]> {
  const items = await Promise.all(LEARNABLE_THRESHOLDS.map((t) => store.get([...APPLIED_NAMESPACE], key(segment, t))));
  return items.flatMap((item) => (item ? [item.value as unknown as AppliedThreshold] : []));
}

/** The run's thresholds with the segment's applied ones in their place. */
export function withApplied(base: PolicyThresholds, applied: readonly AppliedThreshold[]): PolicyThresholds {
  const thresholds = { ...base };
  for (const a of applied) thresholds[a.threshold] = a.value;
  return thresholds;
}

export function adjustmentsOfApplied(applied: readonly AppliedThreshold[]): ThresholdAdjustment[] {
  return applied
    .filter((a) => a.value !== a.base)
    .map((a) => ({ threshold: a.threshold, base: a.base, learned: a.value, warranted: a.warranted, total: a.total }));
}

export async function readJournal(store: BaseStore): Promise<JournalEntry[]> {
  const out: JournalEntry[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await store.search([...JOURNAL_NAMESPACE], { limit: 500, offset });
    out.push(...page.map((item) => item.value as unknown as JournalEntry));
    if (page.length < 500) return out.sort((a, b) => a.at.localeCompare(b.at));
  }
}

/** Journal keys: the proposal id plus the kind and time, so one proposal's refusal, application and rollback all stay on record. */
async function journal(store: BaseStore, entry: JournalEntry): Promise<void> {
  await store.put([...JOURNAL_NAMESPACE], `${entry.id}|${entry.kind}|${entry.at}`, entry as unknown as Record<string, unknown>);
}

export async function recordRefusal(store: BaseStore, entry: Omit<JournalEntry, "kind" | "previous">): Promise<void> {
  await journal(store, { ...entry, kind: "refused", previous: null });
}

/** Puts `next` in force, journaled with what it replaced. */
export async function putInForce(store: BaseStore, next: AppliedThreshold, gate: GateReport | null): Promise<void> {
  const previousItem = await store.get([...APPLIED_NAMESPACE], key(next.segment, next.threshold));
  const previous = (previousItem?.value as unknown as AppliedThreshold | undefined) ?? null;
  await store.put([...APPLIED_NAMESPACE], key(next.segment, next.threshold), next as unknown as Record<string, unknown>);
  await journal(store, {
    id: next.proposalId,
    kind: "applied",
    segment: next.segment,
    threshold: next.threshold,
    from: previous?.value ?? next.base,
    to: next.value,
    at: next.appliedAt,
    by: next.appliedBy,
    gate,
    previous,
  });
}

export class RollbackError extends Error {
  override readonly name = "RollbackError";
}

/**
 * Restores what was in force before proposal `id` was applied. Only the
 * change currently in force for its segment and threshold can be rolled
 * back; a later one must go first, so no rollback silently undoes another.
 */
export async function rollback(store: BaseStore, id: string, by: string, at: string): Promise<JournalEntry> {
  const applied = (await readJournal(store)).filter((e) => e.id === id && e.kind === "applied").at(-1);
  if (!applied) throw new RollbackError(`no applied change ${id} in the journal (see learning proposals --journal)`);
  const current = await store.get([...APPLIED_NAMESPACE], key(applied.segment, applied.threshold));
  const inForce = current?.value as unknown as AppliedThreshold | undefined;
  if (inForce?.proposalId !== id) {
    throw new RollbackError(
      inForce
        ? `${id} is no longer in force for ${applied.segment} ${applied.threshold}: ${inForce.proposalId} replaced it; roll that back first`
        : `${id} is no longer in force for ${applied.segment} ${applied.threshold} (already rolled back or reset)`,
    );
  }
  if (applied.previous)
    await store.put([...APPLIED_NAMESPACE], key(applied.segment, applied.threshold), applied.previous as unknown as Record<string, unknown>);
  else await store.delete([...APPLIED_NAMESPACE], key(applied.segment, applied.threshold));
  const entry: JournalEntry = { ...applied, kind: "rolled_back", from: applied.to, to: applied.from, at, by, gate: null, previous: inForce };
  await journal(store, entry);
  return entry;
}

/** `learning reset`: every applied threshold goes back to its default, each journaled as rolled back. */
export async function clearApplied(store: BaseStore, by: string, at: string): Promise<number> {
  const applied = await readApplied(store);
  for (const a of applied) {
    await store.delete([...APPLIED_NAMESPACE], key(a.segment, a.threshold));
    await journal(store, {
      id: a.proposalId,
      kind: "rolled_back",
      segment: a.segment,
      threshold: a.threshold,
      from: a.value,
      to: a.base,
      at,
      by,
      gate: null,
      previous: a,
    });
  }
  return applied.length;
}
