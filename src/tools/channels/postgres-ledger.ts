/**
 * The delivery ledger in PostgreSQL, in the same database and schema as the
 * threads when they live there (a `postgres://` ESCALATION_DB). Same table
 * and semantics as the SQLite ledger; claims are one conditional statement
 * each, so two workers never both send. `pg` is loaded on first use, so
 * SQLite deployments never load it.
 */
import type pg from "pg";
import type { PostgresLocation } from "../postgres-location.js";
import type { Artefact } from "./artefact.js";
import type { DeliveryLedger, DeliveryRecord, LedgerStatus } from "./ledger.js";
import type { NotificationKind } from "./types.js";

interface Row {
  id: string;
  kind: string;
  target: string;
  status: string;
  attempts: number;
  ref: string | null;
  error: string | null;
  artefact: Artefact;
  started_at: string;
  updated_at: string;
}

/** "ESC3" as int4: the key space of this table's one-time setup lock. */
const SETUP_LOCK_SPACE = 0x45534333;

export class PostgresDeliveryLedger implements DeliveryLedger {
  private pool: Promise<pg.Pool> | undefined;
  private readonly table: string;

  constructor(private readonly location: PostgresLocation) {
    // The schema name is validated as a plain identifier by parsePostgresLocation.
    this.table = `"${location.schema}".notification_deliveries`;
  }

  private ready(): Promise<pg.Pool> {
    this.pool ??= this.open().catch((error: unknown) => {
      this.pool = undefined; // the database may come back; try again next time
      throw new Error(`delivery ledger setup failed (${this.location.redacted}): ${(error as Error).message}`);
    });
    return this.pool;
  }

  private async open(): Promise<pg.Pool> {
    const { default: pgModule } = await import("pg");
    const pool = new pgModule.Pool({
      connectionString: this.location.connectionString,
      max: 4,
      idleTimeoutMillis: 10_000,
      allowExitOnIdle: true,
      application_name: "escalation-agent:deliveries",
    });
    pool.on("error", (error) => process.emitWarning(`PostgreSQL ledger connection lost (${this.location.redacted}): ${error.message}`));
    const client = await pool.connect();
    try {
      // Concurrent CREATE ... IF NOT EXISTS can still collide; one process at a time creates.
      await client.query("BEGIN");
      await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [SETUP_LOCK_SPACE, this.location.schema]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS "${this.location.schema}"`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.table} (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        target TEXT NOT NULL,
        status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        ref TEXT,
        error TEXT,
        artefact JSONB NOT NULL,
        started_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      )`);
      await client.query(`CREATE INDEX IF NOT EXISTS notification_deliveries_status ON ${this.table} (status)`);
      await client.query("COMMIT");
    } catch (error) {
      await client.query("ROLLBACK").catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
    return pool;
  }

  async get(id: string): Promise<DeliveryRecord | undefined> {
    const result = await (await this.ready()).query<Row>(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return result.rows[0] ? fromRow(result.rows[0]) : undefined;
  }

  async claim(record: DeliveryRecord, previous: DeliveryRecord | undefined): Promise<boolean> {
    const pool = await this.ready();
    const artefact = JSON.stringify(record.artefact);
    const result = previous
      ? await pool.query(
          `UPDATE ${this.table} SET status = 'sending', target = $1, artefact = $2::jsonb, started_at = $3, updated_at = $4
           WHERE id = $5 AND status = $6 AND updated_at = $7`,
          [record.target, artefact, record.startedAt, record.updatedAt, record.id, previous.status, previous.updatedAt],
        )
      : await pool.query(
          `INSERT INTO ${this.table} (id, kind, target, status, attempts, artefact, started_at, updated_at)
           VALUES ($1, $2, $3, 'sending', $4, $5::jsonb, $6, $7) ON CONFLICT (id) DO NOTHING`,
          [record.id, record.kind, record.target, record.attempts, artefact, record.startedAt, record.updatedAt],
        );
    return result.rowCount === 1;
  }

  async finish(id: string, outcome: Pick<DeliveryRecord, "status" | "attempts" | "ref" | "error" | "updatedAt">): Promise<void> {
    await (await this.ready()).query(`UPDATE ${this.table} SET status = $1, attempts = $2, ref = $3, error = $4, updated_at = $5 WHERE id = $6`, [
      outcome.status,
      outcome.attempts,
      outcome.ref ?? null,
      outcome.error ?? null,
      outcome.updatedAt,
      id,
    ]);
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    const result = await (await this.ready()).query<Row>(`SELECT * FROM ${this.table} WHERE status IN ('failed', 'sending') ORDER BY started_at`);
    return result.rows.map(fromRow);
  }

  /** Closes the pool (graceful shutdown). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await (await pool.catch(() => undefined))?.end();
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
    artefact: row.artefact,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}
