/**
 * Retention on the SQLite file (see thread-storage.ts), on the
 * checkpointer's own connection. Erasure deletes with `secure_delete` on, so
 * freed pages are zeroed rather than left holding the thread's words, and
 * reclaim() merges the store's full-text index (dropping deleted items'
 * words), rewrites the file (VACUUM) and empties the write-ahead log.
 */
import type Database from "better-sqlite3";
import type { CheckpointEntry, ErasureRecord, ThreadActivity } from "../domain/retention.js";
import { hashesIn, unpackValue } from "../persistence/checkpoint/compact-values.js";
import { unpackJson } from "../persistence/checkpoint/compression.js";
import { THREAD_TABLES } from "../persistence/checkpoint/sqlite-schema.js";
import { checkpointTime, entryOf, erasureOf, type ThreadStorage } from "./thread-storage.js";

interface HistoryRow {
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  metadata: Uint8Array | string;
}

export class SqliteThreadStorage implements ThreadStorage {
  constructor(private readonly db: Database.Database) {
    db.exec(
      "CREATE TABLE IF NOT EXISTS erasures (id INTEGER PRIMARY KEY, at TEXT NOT NULL, scope TEXT NOT NULL, thread_digests TEXT NOT NULL, removed TEXT NOT NULL)",
    );
  }

  async threads(): Promise<ThreadActivity[]> {
    const rows = this.db.prepare("SELECT thread_id, max(checkpoint_id) AS latest FROM checkpoints WHERE checkpoint_ns = '' GROUP BY thread_id").all() as Array<{
      thread_id: string;
      latest: string;
    }>;
    // An id that tells no time (not LangGraph's) reads as new: never pruned on a guess.
    return rows.map((row) => ({ threadId: row.thread_id, lastCheckpointAt: checkpointTime(row.latest) ?? new Date() }));
  }

  async history(threadId: string): Promise<CheckpointEntry[]> {
    const rows = this.db
      .prepare("SELECT checkpoint_id, parent_checkpoint_id, metadata FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' ORDER BY checkpoint_id")
      .all(threadId) as HistoryRow[];
    return rows.map((row) => entryOf(row.checkpoint_id, row.parent_checkpoint_id, JSON.parse(unpackJson("json", row.metadata))));
  }

  async keepOnly(threadId: string, keep: readonly string[]): Promise<number> {
    const kept = [...keep].sort();
    const latest = kept.at(-1);
    if (!latest) return 0;
    return this.db.transaction(() => {
      const removed = this.db
        .prepare("DELETE FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id NOT IN (SELECT value FROM json_each(?))")
        .run(threadId, JSON.stringify(kept)).changes;
      const relink = this.db.prepare("UPDATE checkpoints SET parent_checkpoint_id = ? WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id = ?");
      kept.forEach((id, i) => relink.run(kept[i - 1] ?? null, threadId, id));
      this.db.prepare("DELETE FROM writes WHERE thread_id = ? AND checkpoint_ns = '' AND checkpoint_id <> ?").run(threadId, latest);
      this.dropUnreferencedBlobs(threadId);
      this.dropUnreferencedTexts(threadId);
      return removed;
    })();
  }

  async erase(threadId: string): Promise<number> {
    this.db.pragma("secure_delete = ON");
    return this.db.transaction(() =>
      THREAD_TABLES.reduce((rows, table) => rows + this.db.prepare(`DELETE FROM ${table} WHERE thread_id = ?`).run(threadId).changes, 0),
    )();
  }

  async reclaim(): Promise<void> {
    // The store's full-text index keeps a deleted item's words in its segments until they are merged.
    const fts = this.db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'store_items_fts'").get();
    if (fts) this.db.exec("INSERT INTO store_items_fts (store_items_fts) VALUES ('optimize')");
    this.db.exec("VACUUM");
    this.db.pragma("wal_checkpoint(TRUNCATE)");
  }

  async recordErasure(record: ErasureRecord): Promise<void> {
    this.db
      .prepare("INSERT INTO erasures (at, scope, thread_digests, removed) VALUES (?, ?, ?, ?)")
      .run(record.at, record.scope, JSON.stringify(record.threadDigests), JSON.stringify(record.removed));
  }

  async erasures(): Promise<ErasureRecord[]> {
    const rows = this.db.prepare("SELECT at, scope, thread_digests, removed FROM erasures ORDER BY id").all() as Array<Record<string, string>>;
    return rows.map(erasureOf);
  }

  async close(): Promise<void> {
    // The connection is the checkpointer's; it closes it.
  }

  /** Values at versions no remaining checkpoint of the root namespace refers to. */
  private dropUnreferencedBlobs(threadId: string): void {
    const referenced = new Set<string>();
    const rows = this.db.prepare("SELECT type, checkpoint FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ''").all(threadId) as Array<{
      type: string | null;
      checkpoint: Uint8Array | string;
    }>;
    for (const row of rows) {
      const { channel_versions } = JSON.parse(unpackJson(row.type ?? "json", row.checkpoint)) as { channel_versions?: Record<string, string | number> };
      for (const [channel, version] of Object.entries(channel_versions ?? {})) referenced.add(`${channel}\u0000${String(version)}`);
    }
    const blobs = this.db.prepare("SELECT channel, version FROM checkpoint_blobs WHERE thread_id = ? AND checkpoint_ns = ''").all(threadId) as Array<{
      channel: string;
      version: string;
    }>;
    const drop = this.db.prepare("DELETE FROM checkpoint_blobs WHERE thread_id = ? AND checkpoint_ns = '' AND channel = ? AND version = ?");
    for (const blob of blobs) if (!referenced.has(`${blob.channel}\u0000${blob.version}`)) drop.run(threadId, blob.channel, blob.version);
  }

  /** Long texts no remaining value or write refers to. */
  private dropUnreferencedTexts(threadId: string): void {
    const stored = [
      ...(this.db.prepare("SELECT type, blob AS data FROM checkpoint_blobs WHERE thread_id = ? AND type <> 'empty'").all(threadId) as StoredRow[]),
      ...(this.db.prepare("SELECT type, value AS data FROM writes WHERE thread_id = ?").all(threadId) as StoredRow[]),
    ];
    const hashes = hashesIn(stored.map((row) => unpackValue(row.type ?? "json", row.data)));
    this.db.prepare("DELETE FROM checkpoint_texts WHERE thread_id = ? AND hash NOT IN (SELECT value FROM json_each(?))").run(threadId, JSON.stringify(hashes));
  }
}

interface StoredRow {
  type: string | null;
  data: Uint8Array | string | null;
}
