/**
 * A one-shot command on PostgreSQL ends when its work does: the outcome
 * store's pool, like the checkpointer's and the lock pools, lets the process
 * exit with idle connections open instead of holding it for pg's 10 s idle
 * timeout (every `triage --db postgres://…` used to linger that long).
 */
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { ROOT } from "../../cli/run-cli.js";
import { skipWithout, testSchema } from "../../helpers/services.js";

// Once the work is done, what still keeps the child's event loop alive (Node lists only the resources that do):
// an idle pooled connection without allowExitOnIdle is a socket and its idle timer.
const CHILD = `
import { openStore } from "./src/persistence/open.ts";
const store = openStore(process.argv[1]);
await store.put(["outcomes"], "T-1", { status: "resolved" });
setImmediate(() => process.stdout.write(JSON.stringify(process.getActiveResourcesInfo())));
`;

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgresStore exit check"))("the PostgreSQL outcome store", () => {
  it("lets a process exit once its work is done, without stop()", async () => {
    const schema = testSchema("store_exit");
    try {
      const run = spawnSync(process.execPath, ["--import", "tsx", "--input-type=module", "-e", CHILD, schema.location], {
        cwd: ROOT,
        encoding: "utf8",
        timeout: 60_000,
      });
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      // The idle connection stays open for reuse but holds nothing: no socket keeps the process alive.
      const holding = JSON.parse(run.stdout) as string[];
      expect(holding.filter((resource) => resource === "TCPSocketWrap" || resource === "Timeout")).toEqual([]);
    } finally {
      await schema.drop();
    }
  });
});
