/**
 * What the SQLite store does beyond the shared contract: it persists, it
 * shares its file with the checkpointer, and its lexical index follows the
 * put's `index` argument.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { triageTicket } from "../../../src/runtime/triage.js";
import { openCheckpointer, openStore } from "../../../src/persistence/open.js";
import { SqliteStore } from "../../../src/persistence/store/sqlite-store.js";
import { seedTicket, testAgent } from "../../helpers/agent.js";

describe("SqliteStore", () => {
  let dir: string;
  let file: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "esc-sqlite-store-"));
    file = join(dir, "nested", "agent.db");
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("keeps items across instances (and processes) on the same file", async () => {
    const first = SqliteStore.fromPath(file);
    await first.put(["outcomes"], "T-1", { verdict: { appropriate: false } });
    first.stop();
    const second = SqliteStore.fromPath(file);
    expect((await second.get(["outcomes"], "T-1"))?.value).toEqual({ verdict: { appropriate: false } });
    second.stop();
  });

  it("shares the file with the checkpointer: one agent, one database", async () => {
    const { agent } = testAgent({ checkpointer: openCheckpointer(file), store: openStore(file) });
    const result = await triageTicket(agent, seedTicket("TICK-STD-001"));
    expect(result.learning?.recordKey).toBe("TICK-STD-001");
    const db = new Database(file, { readonly: true });
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => t.name);
    db.close();
    expect(tables).toEqual(expect.arrayContaining(["checkpoints", "store_items"]));
    const reopened = openStore(file);
    expect((await reopened.get(["outcomes"], "TICK-STD-001"))?.value).toMatchObject({ ticketId: "TICK-STD-001" });
    await reopened.stop();
  });

  it("indexes the named fields only, and nothing when told not to", async () => {
    const store = SqliteStore.fromPath(":memory:");
    await store.put(["docs"], "titled", { title: "webhook retries", body: "invoice" }, ["title"]);
    await store.put(["docs"], "hidden", { title: "webhook retries" }, false);
    await store.put(["docs"], "default", { nested: { deep: ["invoice webhook"] } });
    await store.put(["docs"], "through-null", { title: null, body: "webhook" }, ["title.text", "body"]);
    expect((await store.search(["docs"], { query: "webhook" })).map((i) => i.key).sort()).toEqual(["default", "through-null", "titled"]);
    expect((await store.search(["docs"], { query: "invoice" })).map((i) => i.key)).toEqual(["default"]);
    // Without a query every item is found, indexed or not.
    expect(await store.search(["docs"])).toHaveLength(4);
    store.stop();
  });

  it("stems, folds accents and takes any text as a query", async () => {
    const store = SqliteStore.fromPath(":memory:");
    await store.put(["cases"], "a", { summary: "escalations were needless; facturé twice" });
    expect((await store.search(["cases"], { query: "escalation" })).map((i) => i.key)).toEqual(["a"]);
    expect((await store.search(["cases"], { query: "facture" })).map((i) => i.key)).toEqual(["a"]);
    await expect(store.search(["cases"], { query: 'NEAR( "x" OR * ^ AND' })).resolves.toEqual([]);
    expect(await store.search(["cases"], { query: "!!!" })).toHaveLength(1);
    store.stop();
  });

  it("forgets an item's text when it is deleted or replaced", async () => {
    const store = SqliteStore.fromPath(":memory:");
    await store.put(["cases"], "a", { summary: "webhook" });
    await store.put(["cases"], "a", { summary: "invoice" });
    expect(await store.search(["cases"], { query: "webhook" })).toEqual([]);
    await store.delete(["cases"], "a");
    expect(await store.search(["cases"], { query: "invoice" })).toEqual([]);
    store.stop();
  });

  it("applies a batch whole or not at all", async () => {
    const store = SqliteStore.fromPath(":memory:");
    await expect(
      store.batch([
        { namespace: ["ok"], key: "a", value: { n: 1 } },
        { namespace: ["bad.label"], key: "b", value: { n: 2 } },
      ]),
    ).rejects.toThrow();
    expect(await store.get(["ok"], "a")).toBeNull();
    store.stop();
  });

  it("keeps a long value deflated and still filters on it in SQL; keeps no second copy of the indexed text", async () => {
    const store = SqliteStore.fromPath(file);
    const record = { ticketId: "T-9", segment: "billing:paid", verdict: null, detail: { notes: "refund requested twice for the same invoice ".repeat(8) } };
    await store.put(["outcomes"], "T-9", record);
    await store.put(["outcomes"], "T-10", { ...record, ticketId: "T-10", segment: "account:free" });
    expect((await store.search(["outcomes"], { filter: { segment: "billing:paid" } })).map((i) => i.key)).toEqual(["T-9"]);
    expect(await store.search(["outcomes"], { filter: { verdict: { $ne: null } } })).toEqual([]);
    expect((await store.search(["outcomes"], { query: "invoice" })).map((i) => i.key).sort()).toEqual(["T-10", "T-9"]);
    store.stop();
    const db = new Database(file, { readonly: true });
    const cell = db.prepare<[], { value: unknown }>("SELECT value FROM store_items WHERE key = 'T-9'").get()?.value;
    const tables = db
      .prepare<[], { name: string }>("SELECT name FROM sqlite_master")
      .all()
      .map((t) => t.name);
    db.close();
    expect(cell).toBeInstanceOf(Uint8Array);
    expect((cell as Uint8Array).length).toBeLessThan(JSON.stringify(record).length / 2);
    expect(tables).not.toContain("store_items_fts_content");
  });

  it("keeps a value of short strings as plain JSON, where deflating it and repeating its strings beside would take more", async () => {
    const store = SqliteStore.fromPath(file);
    const followUp = { ticketId: "T-1", to: "ana@example.com", status: "scheduled", dueAt: "2026-01-02T00:00:00.000Z", sentAt: null };
    await store.put(["followups"], "T-1", followUp, false);
    const row = store.db.prepare<[], { value: unknown; filterable: unknown }>("SELECT value, filterable FROM store_items").get();
    expect(row).toEqual({ value: JSON.stringify(followUp), filterable: null });
    expect((await store.search(["followups"], { filter: { status: "scheduled" } })).map((i) => i.value)).toEqual([followUp]);
    store.stop();
  });

  it("narrows a filtered search in SQL, without reading the values it leaves out", async () => {
    const store = SqliteStore.fromPath(file);
    const notes = "customer asked twice for the same refund ".repeat(8);
    await store.put(["outcomes"], "open", { segment: "billing:paid", verdict: null, detail: { notes } });
    await store.put(["outcomes"], "done", { segment: "billing:paid", verdict: { resolved: true }, detail: { notes } });
    await store.put(["outcomes"], "other", { segment: "account:free", verdict: { resolved: true }, detail: { notes } });
    // A value that cannot be read: a search that had to read it would fail.
    store.db.prepare("UPDATE store_items SET value = x'00ff00ff' WHERE key IN ('open', 'other')").run();
    expect((await store.search(["outcomes"], { filter: { verdict: { $ne: null }, segment: "billing:paid" } })).map((i) => i.key)).toEqual(["done"]);
    store.stop();
  });

  it("reads and searches a file written before: plain JSON values and an index with its own copy of the text", async () => {
    const old = new Database(file.replace("nested/", ""));
    old.exec(`CREATE TABLE store_items (id INTEGER PRIMARY KEY, namespace TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,
      created_at TEXT NOT NULL, updated_at TEXT NOT NULL, UNIQUE (namespace, key));
    CREATE VIRTUAL TABLE store_items_fts USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
    CREATE TABLE store_schema (version INTEGER NOT NULL); INSERT INTO store_schema VALUES (1);
    INSERT INTO store_items VALUES (1, '["outcomes"]', 'T-1', '{"segment":"billing:paid","note":"webhook"}', '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');
    INSERT INTO store_items_fts (rowid, text) VALUES (1, 'billing:paid webhook');`);
    old.close();
    const store = SqliteStore.fromPath(file.replace("nested/", ""));
    expect((await store.search(["outcomes"], { filter: { segment: "billing:paid" } })).map((i) => i.value)).toEqual([
      { segment: "billing:paid", note: "webhook" },
    ]);
    await store.put(["outcomes"], "T-1", { segment: "billing:paid", note: "invoice" });
    expect(await store.search(["outcomes"], { query: "webhook" })).toEqual([]);
    expect((await store.search(["outcomes"], { query: "invoice" })).map((i) => i.key)).toEqual(["T-1"]);
    store.stop();
  });
});
