/**
 * The lazily opened pool the delivery ledger and the intake journal share:
 * nothing connects before the first use, a failed setup is not remembered
 * (the next use tries again), and instances starting together create their
 * table once, one at a time, under the setup lock. Needs TEST_DATABASE_URL.
 */
import { afterEach, describe, expect, it } from "vitest";
import { LazyPostgresPool } from "../../src/persistence/postgres-lazy-pool.js";
import { parsePostgresLocation } from "../../src/persistence/postgres-location.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";

const SPACE = 0x45535430; // "EST0": a space of the tests' own

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the lazy PostgreSQL pool"))("LazyPostgresPool", () => {
  let schema: TestSchema | undefined;
  afterEach(async () => {
    await schema?.drop();
    schema = undefined;
  });

  it("opens on first use, and tries the setup again after it failed", async () => {
    const own = (schema = testSchema("lazy"));
    let setups = 0;
    const lazy = new LazyPostgresPool({
      location: parsePostgresLocation(own.location),
      purpose: "test table",
      applicationName: "escalation-agent:test",
      setupLockSpace: SPACE,
      async setup(client) {
        if (++setups === 1) throw new Error("not yet");
        await client.query(`CREATE TABLE IF NOT EXISTS "${own.name}".t (id INT)`);
      },
    });
    expect(lazy.started).toBe(false);
    expect(await lazy.detach()).toBeUndefined();
    await expect(lazy.get()).rejects.toThrow(/^test table setup failed \(.*\): not yet$/);
    expect(lazy.started).toBe(false);
    const pool = await lazy.get();
    expect(await lazy.get()).toBe(pool);
    expect((await pool.query(`SELECT count(*)::int AS n FROM "${own.name}".t`)).rows).toEqual([{ n: 0 }]);
    expect(setups).toBe(2);
    await lazy.close();
    expect(lazy.started).toBe(false);
  });

  it("sets up one instance at a time when several start together", async () => {
    const own = (schema = testSchema("lazy"));
    let inside = 0;
    let most = 0;
    const instances = Array.from(
      { length: 4 },
      () =>
        new LazyPostgresPool({
          location: parsePostgresLocation(own.location),
          purpose: "test table",
          applicationName: "escalation-agent:test",
          setupLockSpace: SPACE,
          async setup(client) {
            most = Math.max(most, ++inside);
            await client.query(`CREATE TABLE IF NOT EXISTS "${own.name}".t (id INT)`);
            await new Promise((resolve) => setTimeout(resolve, 20));
            inside--;
          },
        }),
    );
    await Promise.all(instances.map((i) => i.get()));
    expect(most).toBe(1);
    await Promise.all(instances.map((i) => i.close()));
  });
});
