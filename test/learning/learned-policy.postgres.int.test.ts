/**
 * The learned policy on PostgreSQL: verdicts written through the graph into
 * a PostgresStore change the next decision, as they do in memory. Its own
 * schema, dropped afterwards. Needs TEST_DATABASE_URL; skipped without it.
 */
import type { BaseStore } from "@langchain/langgraph";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { openStore } from "../../src/persistence/open.js";
import { testAgent } from "../helpers/agent.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";
import { autoApply } from "../../src/learning/apply.js";
import { seatCount } from "./policy-tickets.js";

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the learned policy on PostgreSQL"))("the learned policy on PostgreSQL", () => {
  let schema: TestSchema;
  let store: BaseStore;
  beforeAll(() => {
    schema = testSchema("learning");
    store = openStore(schema.location);
  });
  afterAll(async () => {
    await store.stop();
    await schema.drop();
  });

  it("stops escalating after eight needless escalations in the segment, once the proposal is applied", { timeout: 120_000 }, async () => {
    const { agent } = testAgent({ store });
    const client = new ThreadClient(agent);
    for (let i = 1; i <= 8; i++) {
      expect((await client.triage(seatCount(`PG-A-${i}`))).decision?.type).toBe("scheduled_escalation");
      await client.act(`PG-A-${i}`, { action: "resolve", agent: "sam", resolved: true, appropriate: false });
    }
    expect((await autoApply(store, { evalReplay: async () => [] })).map((o) => o.applied)).toEqual([true]);
    const after = await client.triage(seatCount("PG-A-9"));
    expect(after.decision?.type).toBe("no_escalation");
    expect(after.decision?.reasons.at(-1)).toMatch(/^learned: billing:enterprise .* 8\/8 verdicts → threshold 58/);
  });
});
