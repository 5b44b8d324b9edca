import { defineConfig } from "vitest/config";

/**
 * `npm run test:pack`: packs the project, installs the tarball into an empty
 * folder offline from the npm cache and uses it (test/package/). Kept out of
 * `npm test` because an offline install of the whole dependency tree takes
 * minutes on two cores; .ci/run runs it.
 */
export default defineConfig({
  test: {
    include: ["test/package/**/*.test.ts"],
    testTimeout: 1_200_000,
    hookTimeout: 1_200_000,
    pool: "forks",
  },
});
