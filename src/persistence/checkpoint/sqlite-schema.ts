/**
 * The tables of the compact SQLite checkpointer (compact-sqlite-saver.ts)
 * and the statements on them. `checkpoints` and `writes` are SqliteSaver's
 * own tables, so a file written before keeps working; beside them,
 * `checkpoint_blobs` holds each channel's value once per version (as
 * PostgresSaver's table of that name does) and `checkpoint_texts` each long
 * text once per thread (long-texts.ts; deflated into a BLOB when shorter so,
 * TEXT as written otherwise). `writes` gains `task_path`, so a
 * superstep's writes come back in the order the run applied them.
 * The new tables are WITHOUT ROWID: their rows are found by key only, and
 * a rowid table would keep every key twice (table and primary-key index).
 * So are SqliteSaver's two in a new file (createRowTables, before
 * SqliteSaver's own CREATE TABLE IF NOT EXISTS): same columns, same key, no
 * rowid. A file made before keeps its rowid tables; the statements are the
 * same on both.
 */
import type Database from "better-sqlite3";

/** SqliteSaver's checkpoints and writes (columns as it makes them, task_path included), keyed without a rowid. */
export function createRowTables(db: Database.Database): void {
  db.exec(`
CREATE TABLE IF NOT EXISTS checkpoints (
  thread_id TEXT NOT NULL,
  checkpoint_ns TEXT NOT NULL DEFAULT '',
  checkpoint_id TEXT NOT NULL,
  parent_checkpoint_id TEXT,
  type TEXT,
  checkpoint BLOB,
  metadata BLOB,
  PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS writes (
  thread_id TEXT NOT NULL,
  checkpoint_ns TEXT NOT NULL DEFAULT '',
  checkpoint_id TEXT NOT NULL,
  task_id TEXT NOT NULL,
  idx INTEGER NOT NULL,
  channel TEXT NOT NULL,
  type TEXT,
  value BLOB,
  task_path TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (thread_id, checkpoint_ns, checkpoint_id, task_id, idx)
) WITHOUT ROWID;`);
}

export function createCompactTables(db: Database.Database): void {
  db.exec(`
CREATE TABLE IF NOT EXISTS checkpoint_blobs (
  thread_id TEXT NOT NULL,
  checkpoint_ns TEXT NOT NULL DEFAULT '',
  channel TEXT NOT NULL,
  version TEXT NOT NULL,
  type TEXT NOT NULL,
  blob BLOB,
  PRIMARY KEY (thread_id, checkpoint_ns, channel, version)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS checkpoint_texts (
  thread_id TEXT NOT NULL,
  hash TEXT NOT NULL,
  text TEXT NOT NULL,
  PRIMARY KEY (thread_id, hash)
) WITHOUT ROWID;`);
  const columns = db.pragma("table_info(writes)") as Array<{ name: string }>;
  if (!columns.some((column) => column.name === "task_path")) {
    try {
      db.exec("ALTER TABLE writes ADD COLUMN task_path TEXT NOT NULL DEFAULT ''");
    } catch (error) {
      // Another process opening the same file may have added it a moment ago.
      const again = db.pragma("table_info(writes)") as Array<{ name: string }>;
      if (!again.some((column) => column.name === "task_path")) throw error;
    }
  }
}

export interface CheckpointRow {
  thread_id: string;
  checkpoint_ns: string;
  checkpoint_id: string;
  parent_checkpoint_id: string | null;
  type: string | null;
  checkpoint: Uint8Array | string;
  metadata: Uint8Array | string;
}

export interface BlobRow {
  channel: string;
  type: string;
  blob: Uint8Array | string | null;
}

export interface WriteRow {
  task_id: string;
  task_path: string;
  idx: number;
  channel: string;
  type: string | null;
  value: Uint8Array | string | null;
}

export const SQL = {
  checkpoint: "SELECT * FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?",
  latest: "SELECT * FROM checkpoints WHERE thread_id = ? AND checkpoint_ns = ? ORDER BY checkpoint_id DESC LIMIT 1",
  /** $1: the checkpoint's channel_versions as JSON. */
  blobs: `SELECT b.channel, b.type, b.blob FROM json_each(?) AS v
JOIN checkpoint_blobs AS b ON b.thread_id = ? AND b.checkpoint_ns = ? AND b.channel = v.key AND b.version = CAST(v.value AS TEXT)`,
  /** $1: {channel: version} as JSON; answers the channels that have no blob at that version (threads written by SqliteSaver). */
  withoutBlob: `SELECT v.key AS channel FROM json_each(?) AS v WHERE NOT EXISTS (
  SELECT 1 FROM checkpoint_blobs AS b WHERE b.thread_id = ? AND b.checkpoint_ns = ? AND b.channel = v.key AND b.version = CAST(v.value AS TEXT))`,
  writes: "SELECT task_id, task_path, idx, channel, type, value FROM writes WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?",
  /** $2: hashes as a JSON array. */
  texts: "SELECT hash, text FROM checkpoint_texts WHERE thread_id = ? AND hash IN (SELECT value FROM json_each(?))",
  supersededWrites: "DELETE FROM writes WHERE thread_id = ? AND checkpoint_ns = ? AND checkpoint_id = ?",
  putText: "INSERT OR IGNORE INTO checkpoint_texts (thread_id, hash, text) VALUES (?, ?, ?)",
  putBlob: "INSERT OR IGNORE INTO checkpoint_blobs (thread_id, checkpoint_ns, channel, version, type, blob) VALUES (?, ?, ?, ?, ?, ?)",
  putCheckpoint: `INSERT OR REPLACE INTO checkpoints (thread_id, checkpoint_ns, checkpoint_id, parent_checkpoint_id, type, checkpoint, metadata)
VALUES (?, ?, ?, ?, ?, ?, ?)`,
  putWrite: (replace: boolean) =>
    `INSERT ${replace ? "OR REPLACE" : "OR IGNORE"} INTO writes (thread_id, checkpoint_ns, checkpoint_id, task_id, idx, channel, type, value, task_path)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
} as const;

/** Every table that holds a thread's checkpoints, keyed by thread_id. */
export const THREAD_TABLES = ["checkpoints", "writes", "checkpoint_blobs", "checkpoint_texts"] as const;
