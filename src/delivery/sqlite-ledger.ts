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
import {
  DELIVERED_STATUSES,
  owedRecord,
  type DeliveryLease,
  type DeliveryLedger,
  type DeliveryOutcome,
  type DeliveryRecord,
  type LedgerEntry,
} from "./ledger.js";
import * as ledgerSql from "./ledger-sql.js";
import { privateSqliteFile } from "../persistence/private-sqlite.js";
import { StatementCache } from "../persistence/sqlite-statements.js";

const TABLE = "notification_deliveries";

/** SQLite keeps the artefact as JSON text. */
type Row = ledgerSql.DeliveryRow<string>;

export class SqliteDeliveryLedger implements DeliveryLedger {
  private readonly statements: StatementCache;

  constructor(private readonly db: Database.Database) {
    this.statements = new StatementCache(db);
    for (const sql of ledgerSql.createTableStatements(TABLE, "TEXT")) db.exec(sql);
    for (const column of ledgerSql.LATER_COLUMNS) {
      if (hasColumn(db, column)) continue;
      try {
        db.exec(ledgerSql.addColumnStatement(TABLE, column, false));
      } catch (error) {
        // Another process opening the same file may have added it a moment ago.
        if (!hasColumn(db, column)) throw error;
      }
    }
  }

  /** Opens (creating file and folder if needed) the ledger in a SQLite file; close() when done. */
  static open(path: string): SqliteDeliveryLedger {
    mkdirSync(dirname(path), { recursive: true });
    privateSqliteFile(path);
    const db = new Database(path);
    // Another process (the agent, `notifications retry`) may hold a write lock for a moment.
    db.pragma("busy_timeout = 5000");
    return new SqliteDeliveryLedger(db);
  }

  close(): void {
    this.db.close();
  }

  async get(id: string): Promise<LedgerEntry | undefined> {
    const row = this.prepare(ledgerSql.getStatement(TABLE, id)).get() as Row | undefined;
    return row ? fromRow(row) : undefined;
  }

  async claim(record: DeliveryRecord, previous: LedgerEntry | undefined): Promise<boolean> {
    return this.prepare(ledgerSql.claimStatement(TABLE, record, previous)).run().changes === 1;
  }

  async finish(id: string, outcome: DeliveryOutcome): Promise<void> {
    if (!DELIVERED_STATUSES.has(outcome.status)) {
      this.prepare(ledgerSql.finishStatement(TABLE, id, outcome)).run();
      return;
    }
    // Delivered: the row loses its artefact (kilobytes) and is written anew. In a rowid table (files
    // made before the ledger was WITHOUT ROWID) that puts it at the table's end: shrunk in place, it
    // would leave its page mostly empty for good (rows are appended in rowid order), and a batch's
    // ledger would be three quarters free space. Keyed by id, the row goes back where it was.
    this.db.transaction(() => {
      this.prepare(ledgerSql.finishStatement(TABLE, id, outcome)).run();
      const row = this.statements.get(`SELECT * FROM ${TABLE} WHERE id = ?`).get(id) as Row | undefined;
      if (!row) return;
      this.statements.get(`DELETE FROM ${TABLE} WHERE id = ?`).run(id);
      const columns = Object.keys(row);
      this.statements.get(`INSERT INTO ${TABLE} (${columns.join(", ")}) VALUES (${columns.map(() => "?").join(", ")})`).run(...Object.values(row));
    })();
  }

  async undelivered(): Promise<DeliveryRecord[]> {
    return (this.prepare(ledgerSql.undeliveredStatement(TABLE)).all() as Row[]).flatMap((row) => owedRecord(fromRow(row)) ?? []);
  }

  async idsStartingWith(prefix: string): Promise<string[]> {
    return (this.prepare(ledgerSql.idsStartingWithStatement(TABLE, prefix)).all() as Array<{ id: string }>).map((row) => row.id);
  }

  async forget(ids: readonly string[]): Promise<number> {
    if (ids.length === 0) return 0;
    return this.prepare(ledgerSql.forgetStatement(TABLE, ids)).run().changes;
  }

  async heartbeat(id: string, lease: DeliveryLease): Promise<void> {
    this.prepare(ledgerSql.heartbeatStatement(TABLE, id, lease)).run();
  }

  /** The statement, prepared once per connection, with its parameters (sqlite-statements.ts). */
  private prepare({ sql, params }: ledgerSql.LedgerStatement) {
    const statement = this.statements.get(sql);
    return { get: () => statement.get(...params), all: () => statement.all(...params), run: () => statement.run(...params) };
  }
}

function hasColumn(db: Database.Database, name: string): boolean {
  return (db.pragma(`table_info(${TABLE})`) as Array<{ name: string }>).some((column) => column.name === name);
}

function fromRow(row: Row): LedgerEntry {
  return ledgerSql.recordFromRow({ ...row, artefact: row.artefact === null ? null : (JSON.parse(row.artefact) as Artefact | null) });
}
