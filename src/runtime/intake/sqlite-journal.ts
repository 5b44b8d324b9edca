/**
 * The intake journal in SQLite: by default a table in the threads' own file
 * (ESCALATION_DB), on its own connection with synchronous=FULL — every
 * commit is fsynced, even in WAL mode, where the checkpointer's connection
 * settles for less. One server process per file, so replay takes every
 * pending entry.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import { threadReplayPrefixes, type IntakeJournal, type JournalRecord, type JournalState } from "./journal-contract.js";
import type { IntakeWork, JournalEntry } from "./work.js";
import { privateSqliteFile } from "../../persistence/private-sqlite.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS intake_journal (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  thread_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  work TEXT NOT NULL,
  state TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  error TEXT,
  received_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS intake_journal_state ON intake_journal (state, id);
CREATE TABLE IF NOT EXISTS intake_seen (
  key TEXT PRIMARY KEY,
  until TEXT NOT NULL
);
`;

interface Row {
  id: number;
  work: string;
  state: JournalState;
  attempts: number;
  error: string | null;
  received_at: string;
}

export class SqliteIntakeJournal implements IntakeJournal {
  readonly where: string;

  private constructor(
    private readonly db: Database.Database,
    readonly durable: boolean,
    path: string,
  ) {
    db.exec(SCHEMA);
    this.where = path;
  }

  /** Opens the journal in a SQLite file (created with its folder), or in memory for `:memory:`. */
  static open(path: string): SqliteIntakeJournal {
    if (path === ":memory:") return new SqliteIntakeJournal(new Database(":memory:"), false, path);
    mkdirSync(dirname(path), { recursive: true });
    privateSqliteFile(path);
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    privateSqliteFile(path);
    db.pragma("synchronous = FULL");
    // The checkpointer and the delivery ledger write to the same file.
    db.pragma("busy_timeout = 5000");
    return new SqliteIntakeJournal(db, true, path);
  }

  async append(work: IntakeWork, receivedAt: Date): Promise<JournalEntry> {
    const at = receivedAt.toISOString();
    const result = this.db
      .prepare("INSERT INTO intake_journal (thread_id, kind, work, received_at, updated_at) VALUES (?, ?, ?, ?, ?)")
      .run(work.threadId, work.kind, JSON.stringify(work), at, at);
    return { id: Number(result.lastInsertRowid), work, receivedAt: at, attempts: 0 };
  }

  async pending(): Promise<JournalEntry[]> {
    const rows = this.db.prepare("SELECT * FROM intake_journal WHERE state = 'pending' ORDER BY id").all() as Row[];
    return rows.map(toEntry);
  }

  async countPending(): Promise<number> {
    return (this.db.prepare("SELECT count(*) AS n FROM intake_journal WHERE state = 'pending'").get() as { n: number }).n;
  }

  claimPending(): Promise<JournalEntry[]> {
    return this.pending();
  }

  async hasPendingTicket(threadId: string, beforeId: number = Number.MAX_SAFE_INTEGER): Promise<boolean> {
    return (
      this.db
        .prepare("SELECT 1 FROM intake_journal WHERE thread_id = ? AND kind = 'ticket' AND state = 'pending' AND id < ? LIMIT 1")
        .get(threadId, beforeId) !== undefined
    );
  }

  async markStarted(id: number, at: Date): Promise<void> {
    this.db.prepare("UPDATE intake_journal SET attempts = attempts + 1, updated_at = ? WHERE id = ?").run(at.toISOString(), id);
  }

  async markDone(id: number, at: Date): Promise<void> {
    this.db.prepare("UPDATE intake_journal SET state = 'done', error = NULL, updated_at = ? WHERE id = ?").run(at.toISOString(), id);
  }

  async markFailed(id: number, error: string, final: boolean, at: Date): Promise<void> {
    this.db
      .prepare("UPDATE intake_journal SET state = ?, error = ?, updated_at = ? WHERE id = ?")
      .run(final ? "failed" : "pending", error.slice(0, 2_000), at.toISOString(), id);
  }

  async get(id: number): Promise<JournalRecord | undefined> {
    const row = this.db.prepare("SELECT * FROM intake_journal WHERE id = ?").get(id) as Row | undefined;
    return row ? { ...toEntry(row), state: row.state, error: row.error } : undefined;
  }

  async pruneDone(olderThan: Date): Promise<number> {
    return this.db.prepare("DELETE FROM intake_journal WHERE state = 'done' AND updated_at < ?").run(olderThan.toISOString()).changes;
  }

  async rememberRequest(key: string, at: Date, until: Date): Promise<boolean> {
    const now = at.toISOString();
    // One statement: two requests with the same key at once cannot both be new.
    const remember = this.db.transaction(() => {
      this.db.prepare("DELETE FROM intake_seen WHERE until < ?").run(now);
      return this.db.prepare("INSERT OR IGNORE INTO intake_seen (key, until) VALUES (?, ?)").run(key, until.toISOString()).changes === 1;
    });
    return remember.immediate();
  }

  async forgetRequest(key: string): Promise<void> {
    this.db.prepare("DELETE FROM intake_seen WHERE key = ?").run(key);
  }

  async forgetThread(threadId: string, ticketId: string = threadId): Promise<number> {
    // Zeroed, not just freed: the entries hold the customer's words.
    this.db.pragma("secure_delete = ON");
    const forget = this.db.transaction(() => {
      let rows = this.db.prepare("DELETE FROM intake_journal WHERE thread_id = ?").run(threadId).changes;
      for (const prefix of threadReplayPrefixes(threadId, ticketId)) {
        rows += this.db.prepare("DELETE FROM intake_seen WHERE substr(key, 1, ?) = ?").run(prefix.length, prefix).changes;
      }
      return rows;
    });
    return forget.immediate();
  }

  async ping(): Promise<void> {
    this.db.prepare("SELECT 1").get();
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }
}

function toEntry(row: Row): JournalEntry {
  return { id: row.id, work: JSON.parse(row.work) as IntakeWork, receivedAt: row.received_at, attempts: row.attempts };
}
