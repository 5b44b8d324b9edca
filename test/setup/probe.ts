/**
 * What the integration suites need, looked for before the run: PostgreSQL
 * and Redis (at TEST_DATABASE_URL / TEST_REDIS_URL, else on their default
 * local ports) and Chromium (CHROMIUM_PATH, else the usual places).
 */
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { Redis } from "ioredis";
import pg from "pg";

export interface Found {
  /** What the suites need, as the closing line names it. */
  what: "PostgreSQL" | "Redis" | "Chromium";
  /** The variable the tests read it from. */
  variable: "TEST_DATABASE_URL" | "TEST_REDIS_URL" | "CHROMIUM_PATH";
  /** Where it is (or was looked for). */
  where: string;
  /** Why not, when it was not found. */
  missing?: string;
}

/** Defaults follow libpq's variables (PGHOST, PGPORT, PGUSER, PGDATABASE), so a local server elsewhere is found too. */
export function defaultDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `postgres://${env.PGUSER ?? "postgres"}@${env.PGHOST ?? "127.0.0.1"}:${env.PGPORT ?? "5432"}/${env.PGDATABASE ?? "test"}`;
}

export function defaultRedisUrl(env: NodeJS.ProcessEnv = process.env): string {
  return `redis://${env.REDISHOST ?? "127.0.0.1"}:${env.REDISPORT ?? "6379"}`;
}

const CHROMIUM_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message || error.name : String(error);
  return text.split("\n")[0] ?? text;
}

/** The address of a URL without its credentials, for messages. */
function safe(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || "default port"}${parsed.pathname === "/" ? "" : parsed.pathname}`;
  } catch {
    return "(unparsable URL)";
  }
}

export async function probePostgres(url: string): Promise<Found> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  const found: Found = { what: "PostgreSQL", variable: "TEST_DATABASE_URL", where: safe(url) };
  try {
    await client.connect();
    await client.query("SELECT 1");
    return found;
  } catch (error) {
    return { ...found, missing: firstLine(error) || "no answer" };
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function probeRedis(url: string): Promise<Found> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 3_000, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  redis.on("error", () => undefined);
  const found: Found = { what: "Redis", variable: "TEST_REDIS_URL", where: safe(url) };
  try {
    await redis.connect();
    await redis.ping();
    return found;
  } catch (error) {
    return { ...found, missing: firstLine(error) || "no answer" };
  } finally {
    redis.disconnect();
  }
}

export function probeChromium(env: NodeJS.ProcessEnv = process.env): Found {
  if (env.CHROMIUM_PATH) {
    const where = env.CHROMIUM_PATH;
    return existsSync(where)
      ? { what: "Chromium", variable: "CHROMIUM_PATH", where }
      : { what: "Chromium", variable: "CHROMIUM_PATH", where, missing: `CHROMIUM_PATH ${where} does not exist` };
  }
  const dirs = (env.PATH ?? "").split(delimiter).filter(Boolean);
  for (const dir of ["/usr/bin", ...dirs]) {
    for (const name of CHROMIUM_NAMES) {
      const where = join(dir, name);
      if (existsSync(where)) return { what: "Chromium", variable: "CHROMIUM_PATH", where };
    }
  }
  return { what: "Chromium", variable: "CHROMIUM_PATH", where: "PATH and /usr/bin", missing: `not installed (apt-get install chromium)` };
}

/** All three, each at its variable or its default. */
export async function probeAll(env: NodeJS.ProcessEnv = process.env): Promise<{ found: Found[]; urls: Record<Found["variable"], string> }> {
  const databaseUrl = env.TEST_DATABASE_URL || defaultDatabaseUrl(env);
  const redisUrl = env.TEST_REDIS_URL || defaultRedisUrl(env);
  const chromium = probeChromium(env);
  const found = [await probePostgres(databaseUrl), await probeRedis(redisUrl), chromium];
  return { found, urls: { TEST_DATABASE_URL: databaseUrl, TEST_REDIS_URL: redisUrl, CHROMIUM_PATH: chromium.where } };
}

/** What each missing thing means for the run. */
const SUITES: Record<Found["what"], string> = {
  PostgreSQL: "the PostgreSQL suites",
  Redis: "the Redis (queue) suites",
  Chromium: "the console browser suite",
};

/** The run's closing line: what was skipped and why, or that nothing was. */
export function closingLine(found: Found[]): string {
  const missing = found.filter((f) => f.missing);
  if (missing.length === 0) return `Integration: nothing skipped (${found.map((f) => `${f.what} at ${f.where}`).join(", ")}).`;
  const parts = missing.map((f) => `${SUITES[f.what]} (${f.what}: ${f.missing}; looked at ${f.where})`);
  return `Skipped ${parts.join("; ")}. To run everything: provide them, or point ${missing.map((f) => f.variable).join(" / ")} at them.`;
}
