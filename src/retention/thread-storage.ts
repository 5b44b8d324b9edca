/**
 * What `threads prune` and `threads delete` need of the database that
 * keeps the checkpoints, with one implementation per backend
 * (sqlite-thread-storage.ts, postgres-thread-storage.ts) so both behave the
 * same. Callers hold the thread's lock around keepOnly and erase.
 */
import type { CheckpointEntry, ErasureRecord, ThreadActivity } from "../domain/retention.js";

export interface ThreadStorage {
  /** Every thread, with when its latest checkpoint was written. */
  threads(): Promise<ThreadActivity[]>;
  /** The thread's checkpoints (root namespace), oldest first. */
  history(threadId: string): Promise<CheckpointEntry[]>;
  /**
   * Removes the thread's other checkpoints, re-linking the kept ones into a
   * chain, drops the writes of all but the latest, and the values and texts
   * no kept checkpoint refers to. Answers how many checkpoints went.
   */
  keepOnly(threadId: string, keep: readonly string[]): Promise<number>;
  /** Removes every checkpoint, write, value and text of the thread; answers how many rows went. */
  erase(threadId: string): Promise<number>;
  /** Gives the space freed back to the file system (SQLite: VACUUM; PostgreSQL leaves it to autovacuum). */
  reclaim(): Promise<void>;
  recordErasure(record: ErasureRecord): Promise<void>;
  erasures(): Promise<ErasureRecord[]>;
  close(): Promise<void>;
}

/** When a LangGraph checkpoint id (a UUID v6: 100 ns ticks since 1582-10-15) was made. */
export function checkpointTime(id: string): Date | null {
  const hex = id.slice(0, 8) + id.slice(9, 13) + id.slice(15, 18);
  if (!/^[0-9a-f]{15}$/i.test(hex) || id[14] !== "6") return null;
  const ticks = BigInt(`0x${hex}`);
  return new Date(Number(ticks / 10_000n) - 12_219_292_800_000);
}

/** The checkpoint's metadata fields retention reads, from JSON of any shape. */
export function entryOf(id: string, parentId: string | null, metadata: unknown): CheckpointEntry {
  const fields = typeof metadata === "object" && metadata !== null ? (metadata as Record<string, unknown>) : {};
  return {
    id,
    parentId,
    source: typeof fields.source === "string" ? fields.source : undefined,
    step: typeof fields.step === "number" ? fields.step : undefined,
    turn: typeof fields.turn_id === "string" ? fields.turn_id : undefined,
  };
}

/** A row of the erasures table, which both backends keep alike (the digests and counts as JSON). */
export function erasureOf(row: Record<string, string>): ErasureRecord {
  return {
    at: row.at ?? "",
    scope: row.scope === "customer" ? "customer" : "thread",
    threadDigests: JSON.parse(row.thread_digests ?? "[]") as string[],
    removed: JSON.parse(row.removed ?? "{}") as Record<string, number>,
  };
}
