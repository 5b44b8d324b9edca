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

// Times from the end of the work to the process's exit, measured in the child, so a slow start-up on a busy machine does not count.
const CHILD = `
import { openStore } from "./src/persistence/open.ts";
const store = openStore(process.argv[1]);
await store.put(["outcomes"], "T-1", { status: "resolved" });
const done = performance.now();
process.on("exit", () => process.stdout.write(String(Math.round(performance.now() - done))));
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
      // pg's idle timeout is 10 s; an exit held by an idle connection takes at least that.
      expect(Number(run.stdout)).toBeLessThan(5_000);
    } finally {
      await schema.drop();
    }
  });
});
