/**
 * PostgreSQL and Redis for integration tests: TEST_DATABASE_URL and
 * TEST_REDIS_URL, each test in a schema or key prefix of its own that is
 * removed afterwards. The global setup (test/setup/global-services.ts) sets
 * both when the services answer, also on their default local ports. Without
 * the variable, the suite is skipped with a line naming it — except under
 * CI=true, where a missing service fails.
 */
import { randomBytes } from "node:crypto";
import { Redis } from "ioredis";
import pg from "pg";

export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL;

/** Warns (once per file) that a suite is skipped, and returns whether it should be. */
export function skipWithout(variable: "TEST_DATABASE_URL" | "TEST_REDIS_URL", what: string): boolean {
  const missing = !process.env[variable];
  if (missing && process.env.CI === "true") throw new Error(`CI=true: ${variable} is not set, so ${what} cannot run (nothing may be skipped in CI)`);
  if (missing) console.warn(`${variable} is not set: skipping ${what}`);
  return missing;
}

function uniqueName(prefix: string): string {
  return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export interface TestSchema {
  name: string;
  /** TEST_DATABASE_URL with `?schema=` set: give it to --db / ESCALATION_DB / openCheckpointer. */
  location: string;
  /** A plain connection for the test's own queries. */
  query<R extends pg.QueryResultRow>(sql: string, params?: unknown[]): Promise<pg.QueryResult<R>>;
  drop(): Promise<void>;
}

export function testSchema(prefix = "t"): TestSchema {
  const url = TEST_DATABASE_URL;
  if (!url) throw new Error("TEST_DATABASE_URL is not set");
  const name = uniqueName(prefix);
  const location = `${url}${url.includes("?") ? "&" : "?"}schema=${name}`;
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    name,
    location,
    query: (sql, params) => pool.query(sql, params),
    async drop() {
      try {
        await pool.query(`DROP SCHEMA IF EXISTS "${name}" CASCADE`);
      } finally {
        await pool.end();
      }
    },
  };
}

export interface TestRedis {
  prefix: string;
  redis: Redis;
  /** Deletes every key under the prefix and disconnects. */
  cleanup(): Promise<void>;
}

export function testRedis(prefix = "t"): TestRedis {
  const url = TEST_REDIS_URL;
  if (!url) throw new Error("TEST_REDIS_URL is not set");
  const name = uniqueName(prefix);
  const redis = new Redis(url, { maxRetriesPerRequest: null });
  return {
    prefix: name,
    redis,
    async cleanup() {
      let cursor = "0";
      do {
        const [next, keys] = await redis.scan(cursor, "MATCH", `${name}:*`, "COUNT", 1000);
        cursor = next;
        if (keys.length > 0) await redis.del(...keys);
      } while (cursor !== "0");
      redis.disconnect();
    },
  };
}

/** Polls `check` until it returns a value (not undefined), or fails after `timeoutMs`. */
export async function waitFor<T>(check: () => Promise<T | undefined>, timeoutMs: number, what: string): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
