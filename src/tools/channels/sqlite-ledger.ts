/**
 * The delivery ledger in SQLite, in the same database file as the threads
 * (ESCALATION_DB), so whatever keeps the checkpoints keeps the deliveries.
 * Each write is one statement, atomic on its own; claims compare the
 * status and timestamp read before, so two processes never both send.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import Database from "better-sqlite3";
import type { Artefact } from "./artefact.js";
import type { DeliveryLedger, DeliveryRecord, LedgerStatus } from "./ledger.js";
import type { NotificationKind } from "./types.js";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS notification_deliveries (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  ref TEXT,
  error TEXT,
  artefact TEXT NOT NULL,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS notification_deliveries_status ON notification_deliveries (status);
`;

interface Row {
  id: string;
  kind: string;
  target: string;
  status: string;
  attempts: number;
  ref: string | null;
  error: string | null;
  artefact: string;
  started_at: string;
  updated_at: string;
}

export class SqliteDeliveryLedger implements DeliveryLedger {
  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
  }

  /** Opens (creating file and folder if needed) the ledger in a SQLite file; close() when done. */
  static open(path: string): SqliteDeliveryLedger {
    mkdirSync(dirname(path), { recursive: true });
    const db = new Database(path);
    // Another process (the agent, `notifications retry`) may hold a write lock for a moment.
    db.pragma("busy_timeout = 5000");
    return new SqliteDeliveryLedger(db);
  }

  close(): void {
    this.db.close();
  }

  async get(id: string): Promise<DeliveryRecord | undefined> {
    const row = this.db.prepare("SELECT * FROM notification_deliveries WHERE id = ?").get(id) as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async claim(record: DeliveryRecord, previous: DeliveryRecord | undefined): Promise<boolean> {
    const artefact = JSON.stringify(record.artefact);
    if (!previous) {
      const result = this.db
        .prepare(
          `INSERT INTO notification_deliveries (id, kind, target, status, attempts, ref, error, artefact, started_at, updated_at)
           VALUES (?, ?, ?, 'sending', ?, NULL, NULL, ?, ?, ?) ON CONFLICT(id) DO NOTHING`,
        )
        .run(record.id, record.kind, record.target, record.attempts, artefact, record.startedAt, record.updatedAt);
      return result.changes === 1;
    }
    const result = this.db
      .prepare(
        `UPDATE notification_deliveries SET status = 'sending', target = ?, artefact = ?, started_at = ?, updated_at = ?
         WHERE id = ? AND status = ? AND updated_at = ?`,
      )
      .run(record.target, artefact, record.startedAt, record.updatedAt, record.id, previous.status, previous.updatedAt);
    return result.changes === 1;
  }

  async finish(id: string, outcome: Pick<DeliveryRecord, "status" | "attempts" | "ref" | "error" | "updatedAt">): Promise<void> {
    this.db
      .prepare("UPDATE notification_deliveries SET status = ?, attempts = ?, ref = ?, error = ?, updated_at = ? WHERE id = ?")
      .run(outcome.status, outcome.attempts, outcome.ref ?? null, outcome.error ?? null, outcome.updatedAt, id);
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    const rows = this.db
      .prepare("SELECT * FROM notification_deliveries WHERE status IN ('failed', 'sending') ORDER BY started_at")
      .all() as Row[];
    return rows.map(fromRow);
  }
}

function fromRow(row: Row): DeliveryRecord {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    target: row.target,
    status: row.status as LedgerStatus,
    attempts: row.attempts,
    ...(row.ref !== null ? { ref: row.ref } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    artefact: JSON.parse(row.artefact) as Artefact,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}
