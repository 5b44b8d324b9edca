/**
 * `npm test` on a machine with only Node: the suites that need Chromium,
 * PostgreSQL or Redis are skipped (not failed), the run ends with one line
 * naming what was skipped and why — and under CI=true the same machine
 * fails the run instead. Vitest runs in a child process on three suites, one
 * per service, with no TEST_* variables and the default ports pointed at a
 * port nobody listens on.
 */
import { spawnSync } from "node:child_process";
import { createServer } from "node:net";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./cli/run-cli.js";

const SUITES = ["test/server/console.browser.int.test.ts", "test/persistence/postgres-lazy-pool.int.test.ts", "test/worker/worker-shutdown.int.test.ts"];

async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (!address || typeof address === "string") throw new Error("no port");
  return address.port;
}

let port: number;
beforeAll(async () => {
  port = await closedPort();
});

function freshRun(extra: Record<string, string>) {
  // A clean environment: none of this run's TEST_*, CI or VITEST* variables leak into the child.
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(TEST_|VITEST|CI$|CHROMIUM_PATH$|PG|REDIS)/.test(key)));
  const result = spawnSync(process.execPath, [join(ROOT, "node_modules/vitest/vitest.mjs"), "run", ...SUITES], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...env, PGPORT: String(port), REDISPORT: String(port), CHROMIUM_PATH: join(ROOT, "no-such-chromium"), NO_COLOR: "1", ...extra },
    timeout: 150_000,
  });
  return { code: result.status, stdout: result.stdout, output: `${result.stdout}\n${result.stderr}` };
}

describe("a first run with only Node", () => {
  it("skips the Chromium, PostgreSQL and Redis suites, passes, and says what it skipped and why in one closing line", () => {
    const run = freshRun({});
    expect(run.output).not.toMatch(/\bfailed\b/i);
    expect(run.code).toBe(0);
    const closing = run.stdout.trim().split("\n").at(-1) ?? "";
    expect(closing).toMatch(/^Skipped /);
    expect(closing).toContain("the PostgreSQL suites (PostgreSQL: ");
    expect(closing).toContain(`127.0.0.1:${port}/test`);
    expect(closing).toContain("the Redis (queue) suites (Redis: ");
    expect(closing).toContain("the console browser suite (Chromium: CHROMIUM_PATH");
    expect(run.output).toMatch(/Test Files\s+3 skipped/);
  });

  it("under CI=true, fails instead, naming what is missing", () => {
    const run = freshRun({ CI: "true" });
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/CI=true: nothing may be skipped, but PostgreSQL is missing/);
    expect(run.output).toContain("Redis is missing");
    expect(run.output).toContain("Chromium is missing");
  });
});
