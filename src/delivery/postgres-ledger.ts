/**
 * The delivery ledger in PostgreSQL, in the same database and schema as the
 * threads when they live there (a `postgres://` ESCALATION_DB). Same table
 * and statements as the SQLite ledger (ledger-sql.ts); claims are one
 * conditional statement each, so two workers never both send. `pg` is
 * loaded on first use, so SQLite deployments never load it.
 */
import type pg from "pg";
import { LazyPostgresPool } from "../persistence/postgres-lazy-pool.js";
import { LOCK_SPACE } from "../persistence/postgres-lock-spaces.js";
import type { PostgresLocation } from "../persistence/postgres-location.js";
import { owedRecord, type DeliveryLease, type DeliveryLedger, type DeliveryOutcome, type DeliveryRecord, type LedgerEntry } from "./ledger.js";
import * as ledgerSql from "./ledger-sql.js";

export class PostgresDeliveryLedger implements DeliveryLedger {
  private readonly pool: LazyPostgresPool;
  private readonly table: string;

  constructor(location: PostgresLocation) {
    // The schema name is validated as a plain identifier by parsePostgresLocation.
    const table = `"${location.schema}".notification_deliveries`;
    this.table = table;
    this.pool = new LazyPostgresPool({
      location,
      purpose: "delivery ledger",
      applicationName: "escalation-agent:deliveries",
      setupLockSpace: LOCK_SPACE.ledgerSetup,
      async setup(client) {
        for (const sql of ledgerSql.createTableStatements(table, "JSONB")) await client.query(sql);
        // Asked first: ALTER TABLE takes an exclusive lock even when the column is there, and would queue behind any open transaction.
        for (const column of ledgerSql.LATER_COLUMNS) {
          const found = await client.query(
            "SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'notification_deliveries' AND column_name = $2",
            [location.schema, column],
          );
          if (found.rowCount === 0) await client.query(ledgerSql.addColumnStatement(table, column, true));
        }
      },
    });
  }

  async get(id: string): Promise<LedgerEntry | undefined> {
    const [row] = (await this.run(ledgerSql.getStatement(this.table, id))).rows;
    return row ? ledgerSql.recordFromRow(row) : undefined;
  }

  async claim(record: DeliveryRecord, previous: LedgerEntry | undefined): Promise<boolean> {
    return (await this.run(ledgerSql.claimStatement(this.table, record, previous))).rowCount === 1;
  }

  async heartbeat(id: string, lease: DeliveryLease): Promise<void> {
    await this.run(ledgerSql.heartbeatStatement(this.table, id, lease));
  }

  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    await this.run(ledgerSql.finishStatement(this.table, id, outcome));
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    return (await this.run(ledgerSql.undeliveredStatement(this.table))).rows.flatMap((row) => owedRecord(ledgerSql.recordFromRow(row)) ?? []);
  }

  async idsStartingWith(prefix: string): Promise<string[]> {
    return (await this.run(ledgerSql.idsStartingWithStatement(this.table, prefix))).rows.map((row) => row.id);
  }

  async forget(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return (await this.run(ledgerSql.forgetStatement(this.table, ids))).rowCount ?? 0;
  }

  private async run({ sql, params }: ledgerSql.LedgerStatement): Promise<pg.QueryResult<ledgerSql.DeliveryRow>> {
    return (await this.pool.get()).query<ledgerSql.DeliveryRow>(numberParams(sql), params);
  }

  /** Closes the pool (graceful shutdown). */
  async close(): Promise<void> {
    await this.pool.close();
  }
}

/** The shared statements' `?` parameters as PostgreSQL numbers them: $1, $2, … in order. */
function numberParams(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}
