/**
 * The intake journal in PostgreSQL, in the threads' schema, shared by every
 * instance of the server. Its connections run with synchronous_commit on
 * whatever the database's default, so an entry is on disk when the caller
 * hears "accepted".
 *
 * Instances take work by lease: an entry belongs to the instance that
 * accepted (or took over) it while that instance renews its lease. An
 * instance that dies stops renewing, and when the lease runs out any other
 * instance — or the next one to start — claims the entry and replays it;
 * one that stops gracefully hands its unfinished entries back at once.
 * Replays are safe: each run carries the entry's request id (applyOnce).
 */
import { randomUUID } from "node:crypto";
import type pg from "pg";
import { LazyPostgresPool } from "../../persistence/postgres-lazy-pool.js";
import { LOCK_SPACE } from "../../persistence/postgres-lock-spaces.js";
import type { PostgresLocation } from "../../persistence/postgres-location.js";
import { threadReplayPrefixes, type IntakeJournal, type JournalRecord, type JournalState } from "./journal-contract.js";
import type { IntakeWork, JournalEntry } from "./work.js";

/** How long an entry stays with an instance that stopped renewing (it died or lost the database). */
export const DEFAULT_LEASE_MS = 60_000;

interface Row {
  id: string;
  work: string;
  state: JournalState;
  attempts: number;
  error: string | null;
  received_at: string;
}

export interface PostgresJournalOptions {
  leaseMs?: number;
}

export class PostgresIntakeJournal implements IntakeJournal {
  readonly durable = true;
  readonly where: string;
  /** This process's claim on entries; a new one per start, so a restarted instance never mistakes old leases for its own. */
  readonly owner = randomUUID();
  /** How often the lease is renewed, and how often others look for entries whose lease ran out. */
  readonly takeoverIntervalMs: number;
  private readonly table: string;
  private readonly seenTable: string;
  private readonly leaseMs: number;
  private readonly pool: LazyPostgresPool;
  private renewal: NodeJS.Timeout | undefined;

  constructor(location: PostgresLocation, options: PostgresJournalOptions = {}) {
    // The schema name is validated as a plain identifier by parsePostgresLocation.
    this.table = `"${location.schema}".intake_journal`;
    this.seenTable = `"${location.schema}".intake_seen`;
    this.where = `${location.redacted} (schema ${location.schema})`;
    this.leaseMs = options.leaseMs ?? DEFAULT_LEASE_MS;
    this.takeoverIntervalMs = Math.max(100, Math.floor(this.leaseMs / 3));
    const table = this.table;
    const seen = this.seenTable;
    this.pool = new LazyPostgresPool({
      location,
      purpose: "intake journal",
      applicationName: "escalation-agent:intake-journal",
      // A deployment may turn it off for the checkpoints; "accepted" must mean committed to disk.
      options: "-c synchronous_commit=on",
      setupLockSpace: LOCK_SPACE.journalSetup,
      async setup(client) {
        await client.query(`CREATE TABLE IF NOT EXISTS ${table} (
        id BIGSERIAL PRIMARY KEY,
        thread_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        work TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        error TEXT,
        received_at TEXT NOT NULL,
        updated_at TIMESTAMPTZ NOT NULL,
        owner TEXT,
        lease_until TIMESTAMPTZ
      )`);
        await client.query(`CREATE INDEX IF NOT EXISTS intake_journal_state ON ${table} (state, id)`);
        await client.query(`CREATE TABLE IF NOT EXISTS ${seen} (key TEXT PRIMARY KEY, until TIMESTAMPTZ NOT NULL)`);
      },
      onOpen: () => {
        this.renewal = setInterval(() => void this.renewLeases().catch(() => undefined), this.takeoverIntervalMs);
        this.renewal.unref();
      },
    });
  }

  private async query<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<pg.QueryResult<R>> {
    return (await this.pool.get()).query<R>(sql, params);
  }

  private get lease(): string {
    return `now() + ${this.leaseMs} * interval '1 millisecond'`;
  }

  async append(work: IntakeWork, receivedAt: Date): Promise<JournalEntry> {
    const at = receivedAt.toISOString();
    const { rows } = await this.query<{ id: string }>(
      `INSERT INTO ${this.table} (thread_id, kind, work, received_at, updated_at, owner, lease_until) VALUES ($1, $2, $3, $4, $5, $6, ${this.lease}) RETURNING id`,
      [work.threadId, work.kind, JSON.stringify(work), at, at, this.owner],
    );
    return { id: Number(rows[0]?.id), work, receivedAt: at, attempts: 0 };
  }

  async pending(): Promise<JournalEntry[]> {
    const { rows } = await this.query<Row>(`SELECT id, work, state, attempts, error, received_at FROM ${this.table} WHERE state = 'pending' ORDER BY id`);
    return rows.map(toEntry);
  }

  async countPending(): Promise<number> {
    const { rows } = await this.query<{ n: string }>(`SELECT count(*) AS n FROM ${this.table} WHERE state = 'pending'`);
    return Number(rows[0]?.n ?? 0);
  }

  async claimPending(): Promise<JournalEntry[]> {
    // SKIP LOCKED: two instances claiming at once split the entries instead of waiting for each other.
    const { rows } = await this.query<Row>(
      `UPDATE ${this.table} SET owner = $1, lease_until = ${this.lease}
       WHERE id IN (SELECT id FROM ${this.table} WHERE state = 'pending' AND (lease_until IS NULL OR lease_until < now()) ORDER BY id FOR UPDATE SKIP LOCKED)
       RETURNING id, work, state, attempts, error, received_at`,
      [this.owner],
    );
    return rows.map(toEntry).sort((a, b) => a.id - b.id);
  }

  async hasPendingTicket(threadId: string, beforeId?: number): Promise<boolean> {
    const { rowCount } = await this.query(
      `SELECT 1 FROM ${this.table} WHERE thread_id = $1 AND kind = 'ticket' AND state = 'pending' AND ($2::bigint IS NULL OR id < $2) LIMIT 1`,
      [threadId, beforeId ?? null],
    );
    return (rowCount ?? 0) > 0;
  }

  async markStarted(id: number, at: Date): Promise<void> {
    await this.query(`UPDATE ${this.table} SET attempts = attempts + 1, updated_at = $1 WHERE id = $2`, [at.toISOString(), id]);
  }

  async markDone(id: number, at: Date): Promise<void> {
    await this.query(`UPDATE ${this.table} SET state = 'done', error = NULL, lease_until = NULL, updated_at = $1 WHERE id = $2`, [at.toISOString(), id]);
  }

  async markFailed(id: number, error: string, final: boolean, at: Date): Promise<void> {
    await this.query(`UPDATE ${this.table} SET state = $1, error = $2, updated_at = $3 WHERE id = $4`, [
      final ? "failed" : "pending",
      error.slice(0, 2_000),
      at.toISOString(),
      id,
    ]);
  }

  async get(id: number): Promise<JournalRecord | undefined> {
    const { rows } = await this.query<Row>(`SELECT id, work, state, attempts, error, received_at FROM ${this.table} WHERE id = $1`, [id]);
    const row = rows[0];
    return row ? { ...toEntry(row), state: row.state, error: row.error } : undefined;
  }

  async pruneDone(olderThan: Date): Promise<number> {
    return (await this.query(`DELETE FROM ${this.table} WHERE state = 'done' AND updated_at < $1`, [olderThan.toISOString()])).rowCount ?? 0;
  }

  async rememberRequest(key: string, at: Date, until: Date): Promise<boolean> {
    await this.query(`DELETE FROM ${this.seenTable} WHERE until < $1`, [at.toISOString()]);
    // ON CONFLICT: two instances given the same request at once cannot both take it as new.
    const result = await this.query(
      `INSERT INTO ${this.seenTable} (key, until) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET until = EXCLUDED.until WHERE ${this.seenTable}.until < $3`,
      [key, until.toISOString(), at.toISOString()],
    );
    return result.rowCount === 1;
  }

  async forgetRequest(key: string): Promise<void> {
    await this.query(`DELETE FROM ${this.seenTable} WHERE key = $1`, [key]);
  }

  async forgetThread(threadId: string, ticketId: string = threadId): Promise<number> {
    let rows = (await this.query(`DELETE FROM ${this.table} WHERE thread_id = $1`, [threadId])).rowCount ?? 0;
    for (const prefix of threadReplayPrefixes(threadId, ticketId)) {
      rows += (await this.query(`DELETE FROM ${this.seenTable} WHERE substr(key, 1, $1) = $2`, [prefix.length, prefix])).rowCount ?? 0;
    }
    return rows;
  }

  async ping(): Promise<void> {
    await this.query("SELECT 1");
  }

  /** Keeps this instance's pending entries its own while it lives. */
  async renewLeases(): Promise<void> {
    if (!this.pool.started) return;
    await this.query(`UPDATE ${this.table} SET lease_until = ${this.lease} WHERE owner = $1 AND state = 'pending'`, [this.owner]);
  }

  async close(): Promise<void> {
    clearInterval(this.renewal);
    const open = await this.pool.detach();
    if (!open) return;
    try {
      // What is left unfinished is for the next instance to claim now, not after the lease.
      await open.query(`UPDATE ${this.table} SET lease_until = NULL WHERE owner = $1 AND state = 'pending'`, [this.owner]);
    } finally {
      await open.end();
    }
  }
}

function toEntry(row: Row): JournalEntry {
  return { id: Number(row.id), work: JSON.parse(row.work) as IntakeWork, receivedAt: row.received_at, attempts: row.attempts };
}
