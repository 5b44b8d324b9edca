import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";

// Packing and installing the package takes minutes: `npm run test:pack` (vitest.pack.config.ts), run by .ci/run.
const EXCLUDE = ["test/package/**", "**/node_modules/**"];

/**
 * Suites that read or change state a module keeps for the whole process (the
 * model breakers behind /readyz, the metrics and the logger singletons, the
 * environment the exported graph reads when first imported, the Jest-style
 * globals LangGraph's checkpointer spec calls: test/helpers/checkpointer-contract.ts),
 * so each runs in a fresh process of its own, as every suite used to.
 */
const ISOLATED = [
  "test/agent/graph-input.test.ts",
  "test/agent/model-breaker.int.test.ts",
  "test/llm/breaker.test.ts",
  "test/logging.test.ts",
  "test/observability/deploy.test.ts",
  "test/observability/metrics.int.test.ts",
  "test/observability/metrics.test.ts",
  "test/privacy/logging.test.ts",
  "test/server/lifecycle.int.test.ts",
  "test/server/readyz-breaker.int.test.ts",
  "test/studio/studio-graph.test.ts",
  "test/kb/knowledge-base.test.ts",
  "test/persistence/compact-sqlite-saver.contract.test.ts",
  "test/persistence/postgres-checkpointer.contract.int.test.ts",
];

const shared: TestProjectInlineConfiguration["test"] = {
  // Many tests spawn the real CLI or start servers; on a busy 2-core machine
  // one process can take tens of seconds to start. A hang still fails.
  testTimeout: 120_000,
  hookTimeout: 120_000,
  pool: "forks",
};

export default defineConfig({
  test: {
    // Finds PostgreSQL, Redis and Chromium (default local ports too), skips what is missing — or fails under
    // CI=true — and ends the run with one line naming what was skipped and why. Set here only, so it runs once
    // for both projects below (a project that extended this config would run it again).
    globalSetup: ["test/setup/global-services.ts"],
    // Vitest's default on two cores is one worker; much of the suite waits on
    // spawned CLIs, servers, PostgreSQL and Redis, so two overlap well.
    maxWorkers: 2,
    projects: [
      {
        test: {
          ...shared,
          name: "shared",
          include: ["test/**/*.test.ts"],
          exclude: [...EXCLUDE, ...ISOLATED],
          // A worker process runs suite after suite with one module graph: isolating every file
          // reloaded the graph, LangChain and zod ~140 times, most of the suite's time
          // (bench/RESULTS.md, "Test suite time").
          isolate: false,
        },
      },
      { test: { ...shared, name: "isolated", include: ISOLATED, exclude: EXCLUDE } },
    ],
  },
});
