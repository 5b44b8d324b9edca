/**
 * The learned policy on PostgreSQL: verdicts written through the graph into
 * a PostgresStore change the next decision, as they do in memory. Its own
 * schema, dropped afterwards. Needs TEST_DATABASE_URL; skipped without it.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { ThreadClient } from "../../src/graph/thread-client.js";
import { openStore } from "../../src/tools/persistence.js";
import { testAgent } from "../helpers/agent.js";

const url = process.env.TEST_DATABASE_URL;
if (!url) console.log("learned-policy.postgres.int.test.ts: TEST_DATABASE_URL is not set; skipping the learned policy on PostgreSQL");

const venting = (id: string): Ticket => ({
  id,
  subject: "The notification settings?!",
  description: "This is ridiculous!!! How do I change the notification settings??? I am SO fed up. What an awful app!!! So frustrating!!!",
  customerTier: "enterprise",
});

describe.skipIf(!url)("the learned policy on PostgreSQL", () => {
  const schema = `learning_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
  const store = url ? openStore(`${url}${url.includes("?") ? "&" : "?"}schema=${schema}`) : undefined;

  afterAll(async () => {
    await store?.stop();
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    } finally {
      await client.end();
    }
  });

  it("stops escalating after eight needless escalations in the segment", { timeout: 120_000 }, async () => {
    const { agent } = testAgent({ ...(store ? { store } : {}) });
    const client = new ThreadClient(agent);
    for (let i = 1; i <= 8; i++) {
      expect((await client.triage(venting(`PG-V-${i}`))).decision?.type).toBe("scheduled_escalation");
      await client.act(`PG-V-${i}`, { action: "resolve", agent: "sam", resolved: true, appropriate: false });
    }
    const after = await client.triage(venting("PG-V-9"));
    expect(after.decision?.type).toBe("no_escalation");
    expect(after.decision?.reasons.at(-1)).toMatch(/^learned: product:enterprise .* 8\/8 verdicts → threshold 60/);
  });
});
