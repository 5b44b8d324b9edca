/**
 * Cross-process mutual exclusion on PostgreSQL: session advisory locks.
 * Chosen over a lock table because Postgres drops a session's advisory locks
 * the moment its connection ends — a worker killed with SIGKILL cannot leave
 * a thread locked, and no lease or expiry needs tuning.
 *
 * Locks are taken with the two-key form (space, hash(name)) so ours never
 * collide with another application's single-key locks in the same database.
 * The hash is computed here (32 bits of SHA-256) rather than with hashtext()
 * because Postgres text cannot carry every string a thread id may hold (NUL).
 * Two names may share a key, which only makes them wait for each other,
 * never run together.
 */
import { createHash } from "node:crypto";
import pg from "pg";
import type { PostgresLocation } from "./postgres-location.js";

export { LOCK_SPACE } from "./postgres-lock-spaces.js";

/** How long a run waits for a thread another process holds, like the SQLite lock file (~60 s). */
const LOCK_WAIT_MS = 60_000;

/**
 * One small pool per database, apart from the checkpointer's: a run holds a
 * lock connection while it needs checkpointer connections, so sharing one
 * pool could let lock holders starve the writes they wait on.
 */
const pools = new Map<string, pg.Pool>();

function poolFor(location: PostgresLocation): pg.Pool {
  let pool = pools.get(location.connectionString);
  if (!pool) {
    pool = new pg.Pool({
      connectionString: location.connectionString,
      max: 16,
      idleTimeoutMillis: 10_000,
      // A one-shot CLI command ends when its work does, not when idle connections time out.
      allowExitOnIdle: true,
      // lock_timeout bounds pg_advisory_lock's wait; a busy thread fails loudly instead of hanging.
      lock_timeout: LOCK_WAIT_MS,
      application_name: "escalation-agent:locks",
    });
    // An idle connection that drops (server restart) must not crash the process; the next lock reconnects.
    pool.on("error", (error) => process.emitWarning(`PostgreSQL lock connection lost (${location.redacted}): ${error.message}`));
    pools.set(location.connectionString, pool);
  }
  return pool;
}

/** The second lock key of a name: a signed 32-bit integer, as pg_advisory_lock(int, int) takes. */
export function lockKey(name: string): number {
  return createHash("sha256").update(name).digest().readInt32BE(0);
}

/** Runs `work` while this session holds the advisory lock (space, lockKey(name)). */
export async function withAdvisoryLock<T>(location: PostgresLocation, space: number, name: string, work: () => Promise<T>): Promise<T> {
  const key = lockKey(name);
  const client = await poolFor(location).connect();
  let broken: Error | undefined;
  try {
    try {
      await client.query("SELECT pg_advisory_lock($1::int, $2::int)", [space, key]);
    } catch (error) {
      broken = error as Error;
      if ((error as { code?: string }).code === "55P03") {
        throw new Error(`'${name}' stayed locked by another process for over ${LOCK_WAIT_MS / 1000} s`, { cause: error });
      }
      throw error;
    }
    try {
      return await work();
    } finally {
      try {
        await client.query("SELECT pg_advisory_unlock($1::int, $2::int)", [space, key]);
      } catch (error) {
        // Could not unlock: destroying the connection ends the session, which releases the lock.
        broken = error as Error;
      }
    }
  } finally {
    client.release(broken);
  }
}

/**
 * The lock name of a thread: the schema is part of it, so separate
 * deployments never wait on each other. "/" cannot occur in a schema name,
 * so the pair is unambiguous.
 */
export function threadLockName(location: PostgresLocation, threadId: string): string {
  return `${location.schema}/${threadId}`;
}

/** Closes the lock pools (graceful shutdown); later locks open new ones. */
export async function closeAdvisoryLocks(): Promise<void> {
  const all = [...pools.values()];
  pools.clear();
  await Promise.all(all.map((pool) => pool.end()));
}
