/**
 * Thread locks on PostgreSQL (advisory locks): a run waits while another
 * process holds the thread, goes ahead when that process dies, and is not
 * held up by the same thread id in another schema.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { LOCK_SPACE, lockKey, threadLockName } from "../../src/persistence/pg-advisory-lock.js";
import { parsePostgresLocation } from "../../src/persistence/postgres-location.js";
import { withThreadLock } from "../../src/runtime/thread-lock.js";
import { ROOT } from "../cli/run-cli.js";
import { skipWithout, TEST_DATABASE_URL, testSchema, waitFor, type TestSchema } from "../helpers/services.js";

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgreSQL thread lock tests"))("thread locks on PostgreSQL", () => {
  let schema: TestSchema;
  let observer: pg.Client;
  const children: ChildProcess[] = [];
  beforeEach(async () => {
    schema = testSchema("lock");
    observer = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await observer.connect();
  });
  afterEach(async () => {
    // Holders a failed test did not kill would keep their locks (and run) forever.
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await observer.end();
    await schema.drop();
  });

  const keyOf = (location: string, threadId: string) => lockKey(threadLockName(parsePostgresLocation(location), threadId));

  /** Sessions waiting for the thread's advisory lock, as Postgres sees them. */
  async function waiters(location: string, threadId: string): Promise<number> {
    const { rows } = await observer.query<{ n: number }>(
      "SELECT count(*)::int AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid::text = $1 AND objid::text = $2",
      [String(LOCK_SPACE.thread >>> 0), String(keyOf(location, threadId) >>> 0)],
    );
    return rows[0]?.n ?? 0;
  }

  /** Another process that takes the thread's lock and keeps it until killed. */
  async function holderProcess(location: string, threadId: string) {
    const script = `
      const pg = require("pg");
      const client = new pg.Client({ connectionString: process.env.URL });
      client.connect()
        .then(() => client.query("SELECT pg_advisory_lock($1::int, $2::int)", [Number(process.env.SPACE), Number(process.env.KEY)]))
        .then(() => process.stdout.write("locked\\n"));
      setInterval(() => {}, 1000);`;
    const child = spawn(process.execPath, ["-e", script], {
      cwd: ROOT,
      env: { ...process.env, URL: TEST_DATABASE_URL, SPACE: String(LOCK_SPACE.thread), KEY: String(keyOf(location, threadId)) },
      stdio: ["ignore", "pipe", "inherit"],
    });
    children.push(child);
    const [line] = (await once(child.stdout, "data")) as [Buffer];
    expect(line.toString()).toContain("locked");
    return child;
  }

  it("waits while another process holds the thread and runs once that process is killed", async () => {
    const holder = await holderProcess(schema.location, "T-LOCK");
    let ran = false;
    const run = withThreadLock(schema.location, "T-LOCK", async () => {
      ran = true;
      return "done";
    });
    await waitFor(async () => ((await waiters(schema.location, "T-LOCK")) > 0 ? true : undefined), 15_000, "the run to wait for the lock");
    expect(ran).toBe(false);

    holder.kill("SIGKILL"); // no unlock: Postgres drops the dead session's locks
    await expect(run).resolves.toBe("done");
    expect(ran).toBe(true);
  });

  it("runs one thread at a time in this process too, in arrival order", async () => {
    const order: string[] = [];
    let release!: () => void;
    const first = withThreadLock(schema.location, "T-SEQ", async () => {
      order.push("first:start");
      await new Promise<void>((resolve) => (release = resolve));
      order.push("first:end");
    });
    await waitFor(async () => (order.length > 0 ? true : undefined), 10_000, "the first run to start");
    const second = withThreadLock(schema.location, "T-SEQ", async () => void order.push("second"));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first:start", "first:end", "second"]);
  });

  it("does not wait for the same thread id in another schema", async () => {
    const other = testSchema("lock_other");
    const holder = await holderProcess(other.location, "T-SHARED");
    try {
      await expect(withThreadLock(schema.location, "T-SHARED", async () => "independent")).resolves.toBe("independent");
    } finally {
      holder.kill("SIGKILL");
      await other.drop();
    }
  });
});
