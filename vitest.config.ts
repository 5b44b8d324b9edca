import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // Packing and installing the package takes minutes: `npm run test:pack` (vitest.pack.config.ts), run by .ci/run.
    exclude: ["test/package/**", "**/node_modules/**"],
    // Finds PostgreSQL, Redis and Chromium (default local ports too), skips what is missing — or fails under
    // CI=true — and ends the run with one line naming what was skipped and why.
    globalSetup: ["test/setup/global-services.ts"],
    // Many tests spawn the real CLI or start servers; on a busy 2-core machine
    // one process can take tens of seconds to start. A hang still fails.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    // Vitest's default on two cores is one worker; much of the suite waits on
    // spawned CLIs, servers, PostgreSQL and Redis, so two overlap well.
    maxWorkers: 2,
  },
});
