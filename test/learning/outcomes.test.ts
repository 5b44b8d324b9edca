/**
 * Outcome records in the SQLite store: read back whole, found by filter,
 * and by a text query only on what is worth searching (terms, signals, a
 * person's notes) — not on the categories and times every record has.
 */
import { describe, expect, it } from "vitest";
import { readOutcome, readOutcomes, writeOutcome } from "../../src/learning/outcomes.js";
import { SqliteStore } from "../../src/persistence/store/sqlite-store.js";
import { outcome } from "../helpers/outcomes.js";

describe("outcome records in the SQLite store", () => {
  it("reads back whole, filters by segment, and answers a text query on terms, signals and notes only", async () => {
    const store = SqliteStore.fromPath(":memory:");
    const webhook = outcome({ ticketId: "O-1", category: "technical", terms: ["webhook", "E4012"], signals: ["churn_risk"] });
    const billing = outcome({ ticketId: "O-2", category: "billing", verdict: { notes: "refund approved by finance" } });
    await writeOutcome(store, webhook);
    await writeOutcome(store, billing);
    expect(await readOutcome(store, "O-1")).toEqual(webhook);
    expect((await readOutcomes(store, { segment: billing.segment })).map((r) => r.ticketId)).toEqual(["O-2"]);
    const found = async (query: string) => (await store.search(["outcomes"], { query })).map((i) => i.key);
    expect(await found("E4012")).toEqual(["O-1"]);
    expect(await found("churn_risk")).toEqual(["O-1"]);
    expect(await found("refund")).toEqual(["O-2"]);
    expect(await found("billing")).toEqual([]);
    expect(await found(billing.decidedAt)).toEqual([]);
    store.stop();
  });
});
