/**
 * One run at a time per thread. Two messages arriving together on the same
 * thread would otherwise both start from the same checkpoint and one would
 * be lost. In a process, a mutex per thread (async-mutex); across processes
 * sharing a SQLite file, a lock beside it (proper-lockfile: a `<hash>.lock`
 * folder under `locks/`, there only while held, and taken over when its
 * holder died — stale after 10 s without refresh); across processes sharing
 * PostgreSQL, a session advisory lock, which Postgres releases the moment
 * its holder's connection ends.
 *
 * Nothing is left behind: a lock goes with its release, and the first lock
 * a process takes in a folder clears what a crashed process left there —
 * stale locks, and the per-thread files earlier versions kept for ever.
 */
import { mkdirSync, readdirSync, rmSync, statSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { Mutex } from "async-mutex";
import lockfile from "proper-lockfile";
import { isPostgresUrl, parsePostgresLocation } from "../persistence/postgres-location.js";

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
      const { threadLockName, withAdvisoryLock, LOCK_SPACE } = await import("../persistence/pg-advisory-lock.js");
      const location = parsePostgresLocation(dbLocation);
      return withAdvisoryLock(location, LOCK_SPACE.thread, threadLockName(location, threadId), work);
    }
    if (dbLocation.includes("://")) return work();
    const target = lockTarget(dbLocation, threadId);
    await sweepOnce(dirname(target));
    const release = await lockfile.lock(target, {
      // Up to ~60 s of waiting: a triage run takes milliseconds, a model run seconds.
      retries: { retries: 120, factor: 1, minTimeout: 50, maxTimeout: 500 },
      stale: STALE_MS,
      // The lock is the `.lock` folder alone: no file to lock is made, so none is left.
      realpath: false,
    });
    try {
      return await work();
    } finally {
      await release();
    }
  });
}

const STALE_MS = 10_000;
const LOCK_NAME = /^[0-9a-f]{32}$/;

/** The path proper-lockfile makes `<path>.lock` of; the thread's id only as a hash. */
function lockTarget(dbLocation: string, threadId: string): string {
  const dir = join(dirname(dbLocation), "locks");
  mkdirSync(dir, { recursive: true });
  return join(dir, createHash("sha256").update(threadId).digest("hex").slice(0, 32));
}

const swept = new Map<string, Promise<void>>();

/** Once per folder and process: clears what crashed processes (and earlier versions) left. */
function sweepOnce(dir: string): Promise<void> {
  let sweeping = swept.get(dir);
  if (!sweeping) {
    // A sweep that fails leaves litter, never a failed run.
    sweeping = sweepLocks(dir).then(
      () => undefined,
      () => undefined,
    );
    swept.set(dir, sweeping);
  }
  return sweeping;
}

/**
 * Per-thread files of earlier versions (the lock target, never used now)
 * go at once. A `.lock` folder whose holder stopped refreshing it is taken
 * and released through proper-lockfile itself, which removes it; one held
 * by a live process is left alone.
 */
export async function sweepLocks(dir: string): Promise<number> {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (LOCK_NAME.test(name) && statSync(path).isFile()) {
      rmSync(path, { force: true });
      removed++;
      continue;
    }
    const target = path.slice(0, -".lock".length);
    if (!name.endsWith(".lock") || !LOCK_NAME.test(name.slice(0, -".lock".length))) continue;
    if (await lockfile.check(target, { stale: STALE_MS, realpath: false })) continue;
    try {
      await (
        await lockfile.lock(target, { stale: STALE_MS, realpath: false, retries: 0 })
      )();
      removed++;
    } catch {
      // Taken a moment ago by a live process: theirs.
    }
  }
  return removed;
}
