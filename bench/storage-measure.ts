/**
 * What `npm run bench -- storage` measures, apart from running things:
 * the bytes a threads database takes on disk (SQLite: the file, its
 * write-ahead log and journal, and whatever is left under `locks/`;
 * PostgreSQL: pg_total_relation_size of a schema's tables — rows, TOAST and
 * indexes), and a process's peak resident memory as Linux reports it.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import Database from "better-sqlite3";
import type pg from "pg";

export interface SqliteFootprint {
  /** The database file with its -wal, -shm and -journal companions. */
  databaseBytes: number;
  /** Files (and their bytes) left under the `locks/` folder beside the database. */
  lockEntries: number;
  lockBytes: number;
  /** What counts against the target: database, companions and lock litter. */
  totalBytes: number;
}

const COMPANIONS = ["", "-wal", "-shm", "-journal"];

/** Bytes on disk of a SQLite threads database and what lies beside it. */
export function sqliteFootprint(dbPath: string): SqliteFootprint {
  const databaseBytes = COMPANIONS.map((suffix) => `${dbPath}${suffix}`)
    .filter(existsSync)
    .reduce((sum, path) => sum + statSync(path).size, 0);
  const locks = join(dirname(dbPath), "locks");
  const entries = existsSync(locks) ? walk(locks) : [];
  const lockBytes = entries.reduce((sum, path) => sum + (statSync(path).isFile() ? statSync(path).size : 0), 0);
  return { databaseBytes, lockEntries: entries.length, lockBytes, totalBytes: databaseBytes + lockBytes };
}

/** Every file and folder under `dir` (not `dir` itself). */
function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? [path, ...walk(path)] : [path];
  });
}

/** Bytes of each table of a SQLite file, its indexes counted with it (the dbstat table: pages in use, free pages apart). */
export function sqliteTableBytes(dbPath: string): Record<string, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = db
      .prepare(
        `SELECT m.tbl_name AS name, SUM(s.pgsize) AS bytes FROM dbstat s JOIN sqlite_master m ON m.name = s.name
          WHERE m.type IN ('table', 'index') GROUP BY m.tbl_name`,
      )
      .all() as Array<{ name: string; bytes: number }>;
    return Object.fromEntries(rows.map((row) => [row.name, row.bytes]));
  } finally {
    db.close();
  }
}

/** The tables a checkpointer owns (SQLite: checkpoints, writes, checkpoint_blobs, checkpoint_texts; PostgreSQL: checkpoint*); the rest are store, ledger, journal. */
export function isCheckpointTable(name: string): boolean {
  return name.startsWith("checkpoint") || name === "writes";
}

/** The checkpoint tables' share of per-table bytes. */
export function checkpointBytes(tables: Record<string, number>): number {
  return Object.entries(tables).reduce((sum, [name, bytes]) => sum + (isCheckpointTable(name) ? bytes : 0), 0);
}

export interface PostgresFootprint {
  checkpointBytes: number;
  totalBytes: number;
  tables: Record<string, number>;
}

/** A query on some connection (a pg.Client's, a pool's). */
export type QueryRows = <R extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<{ rows: R[] }>;

/** pg_total_relation_size of every table of `schema` (heap, TOAST, indexes), checkpoint tables apart. */
export async function postgresFootprint(query: QueryRows, schema: string): Promise<PostgresFootprint> {
  const { rows } = await query<{ name: string; bytes: string }>(
    `SELECT c.relname AS name, pg_total_relation_size(c.oid)::text AS bytes
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = $1 AND c.relkind IN ('r', 'p')`,
    [schema],
  );
  const tables = Object.fromEntries(rows.map((row) => [row.name, Number(row.bytes)]));
  return { checkpointBytes: checkpointBytes(tables), totalBytes: Object.values(tables).reduce((a, b) => a + b, 0), tables };
}

/** A field of /proc/<pid>/status in bytes (VmHWM: peak resident set; VmRSS: now), or undefined when absent. */
export function statusBytes(status: string, field: "VmHWM" | "VmRSS"): number | undefined {
  const match = new RegExp(`^${field}:\\s+(\\d+)\\s+kB$`, "m").exec(status);
  return match ? Number(match[1]) * 1024 : undefined;
}

/** Per ticket, in KB (1,000 bytes, as the targets are written) with one decimal. */
export function kbPerTicket(bytes: number, tickets: number): string {
  return (bytes / 1000 / Math.max(1, tickets)).toFixed(1);
}
