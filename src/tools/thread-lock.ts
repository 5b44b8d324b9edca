/**
 * One run at a time per thread. Two messages arriving together on the same
 * thread would otherwise both start from the same checkpoint and one would
 * be lost. In a process, a mutex per thread (async-mutex); across processes
 * sharing a SQLite file, a lock file beside it (proper-lockfile), which is
 * released even when its holder dies (stale after 10 s without refresh);
 * across processes sharing PostgreSQL, a session advisory lock, which
 * Postgres releases the moment its holder's connection ends.
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { Mutex } from "async-mutex";
import lockfile from "proper-lockfile";
import { isPostgresUrl, parsePostgresLocation } from "./postgres-location.js";

interface Entry {
  mutex: Mutex;
  /** Holders and waiters; the entry goes when it drops to zero, so a long-lived worker does not keep one per thread ever seen. */
  users: number;
}

const mutexes = new Map<string, Entry>();

async function inProcess<T>(key: string, work: () => Promise<T>): Promise<T> {
  let entry = mutexes.get(key);
  if (!entry) {
    entry = { mutex: new Mutex(), users: 0 };
    mutexes.set(key, entry);
  }
  entry.users++;
  try {
    return await entry.mutex.runExclusive(work);
  } finally {
    if (--entry.users === 0) mutexes.delete(key);
  }
}

/**
 * Runs `work` while holding the thread's lock. `dbLocation` scopes the lock:
 * a file path adds a cross-process lock file, a postgres:// URL an advisory
 * lock in that database, anything else (":memory:", undefined) locks within
 * this process only.
 */
export async function withThreadLock<T>(dbLocation: string | undefined, threadId: string, work: () => Promise<T>): Promise<T> {
  const key = `${dbLocation ?? ""}\u0000${threadId}`;
  return inProcess(key, async () => {
    if (!dbLocation || dbLocation === ":memory:") return work();
    if (isPostgresUrl(dbLocation)) {
      // Loaded here so a CLI run against SQLite never loads `pg`.
      const { threadLockName, withAdvisoryLock, LOCK_SPACE } = await import("./pg-advisory-lock.js");
      const location = parsePostgresLocation(dbLocation);
      return withAdvisoryLock(location, LOCK_SPACE.thread, threadLockName(location, threadId), work);
    }
    if (dbLocation.includes("://")) return work();
    const target = lockTarget(dbLocation, threadId);
    const release = await lockfile.lock(target, {
      // Up to ~60 s of waiting: a triage run takes milliseconds, a model run seconds.
      retries: { retries: 120, factor: 1, minTimeout: 50, maxTimeout: 500 },
      stale: 10_000,
    });
    try {
      return await work();
    } finally {
      await release();
    }
  });
}

/** proper-lockfile locks an existing file; one small file per thread, beside the database. */
function lockTarget(dbLocation: string, threadId: string): string {
  const dir = join(dirname(dbLocation), "locks");
  mkdirSync(dir, { recursive: true });
  const name = createHash("sha256").update(threadId).digest("hex").slice(0, 32);
  const path = join(dir, name);
  if (!existsSync(path)) writeFileSync(path, threadId);
  return path;
}
