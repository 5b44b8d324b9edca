/**
 * The notification_deliveries table and every statement on it, written once
 * for both SQL ledgers (SQLite and PostgreSQL). The two differ only in how a
 * parameter is spelled and how the artefact is stored, so one copy keeps the
 * claim rule — the compare-and-set that stops two processes both sending —
 * the same in both. Statements use `?` parameters in order; the PostgreSQL
 * ledger numbers them (see numberParams).
 */
import type { Artefact } from "./artefact.js";
import { DELIVERED_STATUSES, type DeliveryLease, type DeliveryOutcome, type DeliveryRecord, type LedgerEntry, type LedgerStatus } from "./ledger.js";
import type { NotificationKind } from "./types.js";

export interface LedgerStatement {
  sql: string;
  params: unknown[];
}

/**
 * A row as the driver returns it. The artefact column is JSON text in
 * SQLite and JSONB in PostgreSQL, which `pg` hands back already parsed.
 */
export interface DeliveryRow<ArtefactColumn = Artefact> {
  id: string;
  kind: string;
  target: string;
  status: string;
  attempts: number;
  ref: string | null;
  error: string | null;
  /** JSON array of addresses, as TEXT in both databases; null when none were refused (and in rows older than the column). */
  rejected?: string | null;
  /** JSON of the sending process's lease while "sending"; null otherwise (and in rows older than the column). */
  lease?: string | null;
  /** Null (JSON null) once delivered. */
  artefact: ArtefactColumn | null;
  started_at: string;
  updated_at: string;
}

/** The statuses of records still owed a send; the status index covers these rows only (delivered ones are never looked up by status). */
const UNDELIVERED = "status IN ('failed', 'partial', 'sending', 'not_configured')";

/**
 * CREATE TABLE and its index, each idempotent; `table` is the name as it
 * goes into SQL (quoted schema and all). SQLite's table is WITHOUT ROWID:
 * rows are found by id only, and a rowid table keeps every id twice (the
 * table and its primary-key index), about a fifth of the ledger's bytes.
 * Tables made before keep their shape: the statements are the same on both.
 */
export function createTableStatements(table: string, artefactType: "TEXT" | "JSONB"): string[] {
  const sqlite = artefactType === "TEXT";
  return [
    `CREATE TABLE IF NOT EXISTS ${table} (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  target TEXT NOT NULL,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  ref TEXT,
  error TEXT,
  rejected TEXT,
  lease TEXT,
  artefact ${artefactType} NOT NULL,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
)${sqlite ? " WITHOUT ROWID" : ""}`,
    `CREATE INDEX IF NOT EXISTS notification_deliveries_status ON ${table} (status) WHERE ${UNDELIVERED}`,
  ];
}

/** The columns added after the table was first released, for tables made before them. */
export const LATER_COLUMNS = ["rejected", "lease"] as const;

export function addColumnStatement(table: string, column: (typeof LATER_COLUMNS)[number], ifNotExists: boolean): string {
  return `ALTER TABLE ${table} ADD COLUMN ${ifNotExists ? "IF NOT EXISTS " : ""}${column} TEXT`;
}

export function heartbeatStatement(table: string, id: string, lease: DeliveryLease): LedgerStatement {
  return { sql: `UPDATE ${table} SET lease = ? WHERE id = ? AND status = 'sending'`, params: [JSON.stringify(lease), id] };
}

export function getStatement(table: string, id: string): LedgerStatement {
  return { sql: `SELECT * FROM ${table} WHERE id = ?`, params: [id] };
}

/**
 * Marks the key "sending". With no previous record, only if there still is
 * none; otherwise only if status and updated_at are still as they were read.
 * The claim is won exactly when the statement changes one row.
 */
export function claimStatement(table: string, record: DeliveryRecord, previous: LedgerEntry | undefined): LedgerStatement {
  // Both columns take JSON text: SQLite stores it as is, PostgreSQL parses it into JSONB.
  const artefact = JSON.stringify(record.artefact);
  const lease = record.lease ? JSON.stringify(record.lease) : null;
  if (!previous) {
    return {
      sql: `INSERT INTO ${table} (id, kind, target, status, attempts, artefact, started_at, updated_at, lease)
VALUES (?, ?, ?, 'sending', ?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING`,
      params: [record.id, record.kind, record.target, record.attempts, artefact, record.startedAt, record.updatedAt, lease],
    };
  }
  return {
    sql: `UPDATE ${table} SET status = 'sending', target = ?, artefact = ?, started_at = ?, updated_at = ?, lease = ?
WHERE id = ? AND status = ? AND updated_at = ?`,
    params: [record.target, artefact, record.startedAt, record.updatedAt, lease, record.id, previous.status, previous.updatedAt],
  };
}

/** A delivered record keeps no artefact (JSON null; see LedgerEntry). */
export function finishStatement(table: string, id: string, outcome: DeliveryOutcome): LedgerStatement {
  const keepArtefact = DELIVERED_STATUSES.has(outcome.status) ? "'null'" : "artefact";
  return {
    sql: `UPDATE ${table} SET status = ?, attempts = ?, ref = ?, error = ?, rejected = ?, updated_at = ?, lease = NULL, artefact = ${keepArtefact} WHERE id = ?`,
    params: [
      outcome.status,
      outcome.attempts,
      outcome.ref ?? null,
      outcome.error ?? null,
      outcome.rejected?.length ? JSON.stringify(outcome.rejected) : null,
      outcome.updatedAt,
      id,
    ],
  };
}

/** Failed, partial and interrupted ("sending") records, oldest attempt first. */
export function undeliveredStatement(table: string): LedgerStatement {
  return { sql: `SELECT * FROM ${table} WHERE ${UNDELIVERED} ORDER BY started_at`, params: [] };
}

/** Keys beginning with `prefix` (compared by characters, not LIKE: ids may hold % and _). */
export function idsStartingWithStatement(table: string, prefix: string): LedgerStatement {
  return { sql: `SELECT id FROM ${table} WHERE substr(id, 1, ?) = ?`, params: [prefix.length, prefix] };
}

export function forgetStatement(table: string, ids: readonly string[]): LedgerStatement {
  return { sql: `DELETE FROM ${table} WHERE id IN (${ids.map(() => "?").join(", ")})`, params: [...ids] };
}

export function recordFromRow(row: DeliveryRow): LedgerEntry {
  return {
    id: row.id,
    kind: row.kind as NotificationKind,
    target: row.target,
    status: row.status as LedgerStatus,
    attempts: row.attempts,
    ...(row.ref !== null ? { ref: row.ref } : {}),
    ...(row.error !== null ? { error: row.error } : {}),
    ...(row.rejected ? { rejected: JSON.parse(row.rejected) as string[] } : {}),
    ...(row.lease ? { lease: JSON.parse(row.lease) as DeliveryLease } : {}),
    artefact: row.artefact,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}
