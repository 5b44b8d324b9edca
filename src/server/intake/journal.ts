/**
 * The intake journal: every accepted ticket or message is written here, and
 * committed, before the server answers 202 — so an answer the caller got is
 * a promise kept even when the process dies right after. On start the
 * server replays what is not marked done. A table in SQLite (by default the
 * threads' own file, ESCALATION_DB), on its own connection with
 * synchronous=FULL: every commit is fsynced, even in WAL mode, where the
 * checkpointer's connection settles for less.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { IntakeWork, JournalEntry } from "./work.js";

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
`;

export type JournalState = "pending" | "done" | "failed";

interface Row {
  id: number;
  work: string;
  state: JournalState;
  attempts: number;
  error: string | null;
  received_at: string;
}

export interface JournalRecord extends JournalEntry {
  state: JournalState;
  error: string | null;
}

export class IntakeJournal {
  private constructor(
    private readonly db: Database.Database,
    readonly durable: boolean,
  ) {
    db.exec(SCHEMA);
  }

  /** Opens the journal in a SQLite file (created with its folder), or in memory for `:memory:`. */
  static open(path: string): IntakeJournal {
    if (path === ":memory:") return new IntakeJournal(new Database(":memory:"), false);
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    // The checkpointer and the delivery ledger write to the same file.
    db.pragma("busy_timeout = 5000");
    return new IntakeJournal(db, true);
  }

  /** Records accepted work; when this returns, the entry is on disk. */
  append(work: IntakeWork, receivedAt: Date): JournalEntry {
    const at = receivedAt.toISOString();
    const result = this.db
      .prepare("INSERT INTO intake_journal (thread_id, kind, work, received_at, updated_at) VALUES (?, ?, ?, ?, ?)")
      .run(work.threadId, work.kind, JSON.stringify(work), at, at);
    return { id: Number(result.lastInsertRowid), work, receivedAt: at, attempts: 0 };
  }

  /** Entries not yet done, oldest first: the order they were accepted in. */
  pending(): JournalEntry[] {
    const rows = this.db.prepare("SELECT * FROM intake_journal WHERE state = 'pending' ORDER BY id").all() as Row[];
    return rows.map(toEntry);
  }

  hasPendingTicket(threadId: string): boolean {
    return this.db.prepare("SELECT 1 FROM intake_journal WHERE thread_id = ? AND kind = 'ticket' AND state = 'pending' LIMIT 1").get(threadId) !== undefined;
  }

  markStarted(id: number, at: Date): void {
    this.db.prepare("UPDATE intake_journal SET attempts = attempts + 1, updated_at = ? WHERE id = ?").run(at.toISOString(), id);
  }

  markDone(id: number, at: Date): void {
    this.db.prepare("UPDATE intake_journal SET state = 'done', error = NULL, updated_at = ? WHERE id = ?").run(at.toISOString(), id);
  }

  /** `final`: give up on it; otherwise it stays pending and is tried again. */
  markFailed(id: number, error: string, final: boolean, at: Date): void {
    this.db
      .prepare("UPDATE intake_journal SET state = ?, error = ?, updated_at = ? WHERE id = ?")
      .run(final ? "failed" : "pending", error.slice(0, 2_000), at.toISOString(), id);
  }

  get(id: number): JournalRecord | undefined {
    const row = this.db.prepare("SELECT * FROM intake_journal WHERE id = ?").get(id) as Row | undefined;
    return row ? { ...toEntry(row), state: row.state, error: row.error } : undefined;
  }

  /** Done entries hold customer data and are of no further use once their thread has it. */
  pruneDone(olderThan: Date): number {
    return this.db.prepare("DELETE FROM intake_journal WHERE state = 'done' AND updated_at < ?").run(olderThan.toISOString()).changes;
  }

  /** For readiness: the database answers. */
  ping(): void {
    this.db.prepare("SELECT 1").get();
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}

function toEntry(row: Row): JournalEntry {
  return { id: row.id, work: JSON.parse(row.work) as IntakeWork, receivedAt: row.received_at, attempts: row.attempts };
}
