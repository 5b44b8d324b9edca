/**
 * Retention: how long a thread's history is kept and how a thread is erased.
 * The storage side of `threads prune` and `threads delete` (src/retention),
 * the same for SQLite and PostgreSQL.
 */
import { z } from "zod";

/**
 * What `threads prune` keeps of a finished thread: the last checkpoint of
 * every turn (a ticket, a follow-up, a person's action: each ends in a
 * checkpoint), or only the latest. Either way the thread reads, resumes and
 * lists as before; what goes is the step-by-step history within a turn.
 */
export const KEEP_POLICIES = ["turns", "latest"] as const;
export const KeepPolicy = z.enum(KEEP_POLICIES);
export type KeepPolicy = z.infer<typeof KeepPolicy>;

/** The defaults the README states: finished threads' history is pruned after 30 days, keeping every turn's end. */
export const DEFAULT_FINISHED_BEFORE_MS = 30 * 86_400_000;
export const DEFAULT_KEEP: KeepPolicy = "turns";

/** A checkpoint as retention sees it: its place in the thread and what wrote it. */
export interface CheckpointEntry {
  id: string;
  parentId: string | null;
  /** LangGraph's metadata: "input" opens a run, "loop" is a step, "update" a state update. */
  source: string | undefined;
  step: number | undefined;
  /** The call (ticket, follow-up, person's action) that wrote it, when recorded (src/runtime/request-tags.ts). */
  turn: string | undefined;
}

export interface ThreadActivity {
  threadId: string;
  /** When its latest checkpoint was written. */
  lastCheckpointAt: Date;
}

/**
 * An erasure as it is recorded: when, on what grounds, how much went — never
 * whose. The erased thread ids are kept as SHA-256 digests, so a later
 * "was ticket T erased?" can be answered by whoever already knows T, while
 * the log itself names nobody.
 */
export interface ErasureRecord {
  at: string;
  scope: "thread" | "customer";
  threadDigests: string[];
  /** Rows or files removed, by where they were: checkpoints, ledger, store, journal, outbox. */
  removed: Record<string, number>;
}
