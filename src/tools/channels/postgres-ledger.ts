/**
 * The delivery ledger in PostgreSQL, in the same database and schema as the
 * threads when they live there (a `postgres://` ESCALATION_DB). Same table
 * and statements as the SQLite ledger (ledger-sql.ts); claims are one
 * conditional statement each, so two workers never both send. `pg` is
 * loaded on first use, so SQLite deployments never load it.
 */
import type pg from "pg";
import type { PostgresLocation } from "../postgres-location.js";
import type { DeliveryLedger, DeliveryOutcome, DeliveryRecord } from "./ledger.js";
import * as ledgerSql from "./ledger-sql.js";

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
      for (const sql of ledgerSql.createTableStatements(this.table, "JSONB")) await client.query(sql);
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
    const [row] = (await this.run(ledgerSql.getStatement(this.table, id))).rows;
    return row ? ledgerSql.recordFromRow(row) : undefined;
  }

  async claim(record: DeliveryRecord, previous: DeliveryRecord | undefined): Promise<boolean> {
    return (await this.run(ledgerSql.claimStatement(this.table, record, previous))).rowCount === 1;
  }

  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    await this.run(ledgerSql.finishStatement(this.table, id, outcome));
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    return (await this.run(ledgerSql.undeliveredStatement(this.table))).rows.map(ledgerSql.recordFromRow);
  }

  private async run({ sql, params }: ledgerSql.LedgerStatement): Promise<pg.QueryResult<ledgerSql.DeliveryRow>> {
    return (await this.ready()).query<ledgerSql.DeliveryRow>(numberParams(sql), params);
  }

  /** Closes the pool (graceful shutdown). */
  async close(): Promise<void> {
    const pool = this.pool;
    this.pool = undefined;
    if (pool) await (await pool.catch(() => undefined))?.end();
  }
}

/** The shared statements' `?` parameters as PostgreSQL numbers them: $1, $2, … in order. */
function numberParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
