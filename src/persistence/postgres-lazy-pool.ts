/**
 * A connection pool opened on first use, whose tables are created once, for
 * the PostgreSQL components that own one table each (the delivery ledger,
 * the intake journal). `pg` is imported only then, so SQLite deployments
 * never load it. A failed open (database down, no permission) is not
 * remembered: the next use tries again.
 *
 * Setup runs in one transaction under a transaction-scoped advisory lock,
 * because concurrent CREATE ... IF NOT EXISTS can still collide. The
 * session locks of pg-advisory-lock.ts do not fit here: they hold a
 * connection of a separate pool for the length of `work`, while this lock
 * belongs on the connection doing the DDL and ends with its COMMIT.
 */
import type pg from "pg";
import type { PostgresLocation } from "./postgres-location.js";

export interface LazyPostgresPoolOptions {
  location: PostgresLocation;
  /** What the pool serves, for messages: "delivery ledger" → "delivery ledger setup failed (…)". */
  purpose: string;
  /** Shown in pg_stat_activity. */
  applicationName: string;
  /** Key space of the setup lock (LOCK_SPACE in postgres-lock-spaces.ts); the schema is the second key. */
  setupLockSpace: number;
  /** Creates the tables, inside the setup transaction, after CREATE SCHEMA; `client` holds the lock. */
  setup(client: pg.PoolClient): Promise<void>;
  max?: number;
  /** Server settings for every connection, e.g. "-c synchronous_commit=on". */
  options?: string;
  /** Called once per successful open, e.g. to start timers that need the pool. */
  onOpen?(pool: pg.Pool): void;
}

export class LazyPostgresPool {
  private pool: Promise<pg.Pool> | undefined;

  constructor(private readonly settings: LazyPostgresPoolOptions) {}

  /** The pool, opening it (and setting up the tables) on first use. */
  get(): Promise<pg.Pool> {
    const { purpose, location } = this.settings;
    this.pool ??= this.open().catch((error: unknown) => {
      this.pool = undefined; // the database may come back; try again next time
      throw new Error(`${purpose} setup failed (${location.redacted}): ${(error as Error).message}`);
    });
    return this.pool;
  }

  /** Whether the pool has been asked for (and not closed since); asking this opens nothing. */
  get started(): boolean {
    return this.pool !== undefined;
  }

  /**
   * Hands the open pool over to the caller, who must end() it, and forgets
   * it (a later get() opens a new one); undefined when none is open.
   */
  async detach(): Promise<pg.Pool | undefined> {
    const pool = this.pool;
    this.pool = undefined;
    return pool?.catch(() => undefined);
  }

  /** Closes the pool (graceful shutdown). */
  async close(): Promise<void> {
    await (await this.detach())?.end();
  }

  private async open(): Promise<pg.Pool> {
    const { location, purpose, applicationName, setupLockSpace, setup, max, options, onOpen } = this.settings;
    const { default: pgModule } = await import("pg");
    const pool = new pgModule.Pool({
      connectionString: location.connectionString,
      max: max ?? 4,
      idleTimeoutMillis: 10_000,
      // A one-shot CLI command ends when its work does, not when idle connections time out.
      allowExitOnIdle: true,
      application_name: applicationName,
      ...(options ? { options } : {}),
    });
    // An idle connection that drops (server restart) must not crash the process; the next query reconnects.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL ${purpose} connection lost (${location.redacted}): ${error.message}`));
    try {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await client.query("SELECT pg_advisory_xact_lock($1, hashtext($2))", [setupLockSpace, location.schema]);
        // The schema name is validated as a plain identifier by parsePostgresLocation.
        await client.query(`CREATE SCHEMA IF NOT EXISTS "${location.schema}"`);
        await setup(client);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    onOpen?.(pool);
    return pool;
  }
}
