/**
 * A put keeps its `index` argument also through the store a node is given
 * (LangGraph's AsyncBatchedStore drops it): a graph run indexes an outcome
 * record's terms and signals, not its ids, categories and times.
 */
import { AsyncBatchedStore } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { triageTicket } from "../../../src/runtime/triage.js";
import { putItem } from "../../../src/persistence/store/put-item.js";
import { SqliteStore } from "../../../src/persistence/store/sqlite-store.js";
import { seedTicket, testAgent } from "../../helpers/agent.js";

describe("putItem", () => {
  it("keeps the put's index through LangGraph's batching store", async () => {
    const store = SqliteStore.fromPath(":memory:");
    const batched = new AsyncBatchedStore(store);
    batched.start();
    await putItem(batched, ["docs"], "hidden", { title: "webhook retries" }, false);
    await putItem(batched, ["docs"], "titled", { title: "webhook retries", body: "invoice" }, ["title"]);
    expect((await batched.search(["docs"], { query: "webhook" })).map((i) => i.key)).toEqual(["titled"]);
    expect(await batched.search(["docs"], { query: "invoice" })).toEqual([]);
    expect(await batched.get(["docs"], "hidden")).toMatchObject({ value: { title: "webhook retries" } });
    await batched.stop();
    store.stop();
  });

  it("leaves an outcome record written in a graph run out of searches for its id and category", async () => {
    const store = SqliteStore.fromPath(":memory:");
    const { agent } = testAgent({ store });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"));
    expect(await store.get(["outcomes"], "TICK-STD-001")).toMatchObject({ value: { ticketId: "TICK-STD-001" } });
    expect(await store.search(["outcomes"], { query: "TICK-STD-001" })).toEqual([]);
    const category = result.classification?.category;
    expect(category).toBeTruthy();
    expect(await store.search(["outcomes"], { query: String(category) })).toEqual([]);
    store.stop();
  });
});
