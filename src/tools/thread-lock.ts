/**
 * One run at a time per thread. Two messages arriving together on the same
 * thread would otherwise both start from the same checkpoint and one would
 * be lost. In a process, a mutex per thread (async-mutex); across processes
 * sharing a SQLite file, a lock file beside it (proper-lockfile), which is
 * released even when its holder dies (stale after 10 s without refresh).
 */
import { mkdirSync, writeFileSync, existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { Mutex } from "async-mutex";
import lockfile from "proper-lockfile";

const mutexes = new Map<string, Mutex>();

function mutexFor(key: string): Mutex {
  let mutex = mutexes.get(key);
  if (!mutex) {
    mutex = new Mutex();
    mutexes.set(key, mutex);
  }
  return mutex;
}

/**
 * Runs `work` while holding the thread's lock. `dbLocation` scopes the lock:
 * a file path adds a cross-process lock file, anything else (":memory:", a
 * database URL handled elsewhere) locks within this process only.
 */
export async function withThreadLock<T>(dbLocation: string | undefined, threadId: string, work: () => Promise<T>): Promise<T> {
  const key = `${dbLocation ?? ""}\u0000${threadId}`;
  return mutexFor(key).runExclusive(async () => {
    if (!dbLocation || dbLocation === ":memory:" || dbLocation.includes("://")) return work();
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
