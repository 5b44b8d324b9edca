/**
 * The delivery ledger in memory and in SQLite: the ledger contract, and
 * SQLite's records surviving a reopened file. PostgreSQL runs the same
 * contract in postgres-ledger.int.test.ts.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { InMemoryDeliveryLedger } from "../../src/delivery/ledger.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import { ledgerContract, slackRecord } from "./ledger-contract.js";

const ledgerFile = () => join(mkdtempSync(join(tmpdir(), "esc-ledger-")), "agent.db");

ledgerContract("SQLite", () => {
  const ledger = SqliteDeliveryLedger.open(ledgerFile());
  return { ledger, cleanup: async () => ledger.close() };
});

ledgerContract("in memory", () => ({ ledger: new InMemoryDeliveryLedger(), cleanup: async () => {} }));

describe("SQLite ledger", () => {
  it("keeps records across connections (a restarted process)", async () => {
    const path = ledgerFile();
    const first = SqliteDeliveryLedger.open(path);
    await first.claim(slackRecord("k3"), undefined);
    first.close();
    const second = SqliteDeliveryLedger.open(path);
    expect(await second.undelivered()).toEqual([expect.objectContaining({ id: "k3", status: "sending" })]);
    second.close();
  });

  it("adds the rejected column to a table created before it existed, keeping the rows", () => {
    const path = ledgerFile();
    const old = new Database(path);
    old.exec(`CREATE TABLE notification_deliveries (id TEXT PRIMARY KEY, kind TEXT NOT NULL, target TEXT NOT NULL, status TEXT NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0, ref TEXT, error TEXT, artefact TEXT NOT NULL, started_at TEXT NOT NULL, updated_at TEXT NOT NULL)`);
    const record = slackRecord("k5");
    old
      .prepare("INSERT INTO notification_deliveries VALUES (?, ?, ?, 'failed', 1, NULL, 'HTTP 500', ?, ?, ?)")
      .run(record.id, record.kind, record.target, JSON.stringify(record.artefact), record.startedAt, record.updatedAt);
    old.close();
    const upgraded = SqliteDeliveryLedger.open(path);
    const again = SqliteDeliveryLedger.open(path);
    return (async () => {
      expect(await upgraded.get("k5")).toMatchObject({ status: "failed", error: "HTTP 500" });
      await upgraded.finish("k5", { status: "partial", attempts: 2, rejected: ["cc@example.com"], updatedAt: "2025-01-01T11:00:00.000Z" });
      expect(await again.get("k5")).toMatchObject({ status: "partial", rejected: ["cc@example.com"] });
      upgraded.close();
      again.close();
    })();
  });

  it("keeps each id once (no rowid beside the key) and indexes by status only the records still owed a send", async () => {
    const path = ledgerFile();
    const ledger = SqliteDeliveryLedger.open(path);
    await ledger.claim(slackRecord("sent"), undefined);
    await ledger.finish("sent", { status: "sent", attempts: 1, ref: "ts-1", updatedAt: "2025-01-01T10:00:01.000Z" });
    await ledger.claim(slackRecord("owed"), undefined);
    expect((await ledger.undelivered()).map((r) => r.id)).toEqual(["owed"]);
    ledger.close();
    const db = new Database(path, { readonly: true });
    const indexes = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'notification_deliveries'").all();
    const plan = db
      .prepare<[], { detail: string }>(
        "EXPLAIN QUERY PLAN SELECT * FROM notification_deliveries WHERE status IN ('failed', 'partial', 'sending', 'not_configured')",
      )
      .all();
    const indexed = db
      .prepare<[], { n: number }>(
        "SELECT count(*) AS n FROM notification_deliveries INDEXED BY notification_deliveries_status WHERE status IN ('failed', 'partial', 'sending', 'not_configured')",
      )
      .get();
    db.close();
    expect(indexes.map((i) => i.name)).toEqual(["notification_deliveries_status"]);
    expect(plan.map((p) => p.detail).join(" ")).toContain("notification_deliveries_status");
    expect(indexed?.n).toBe(1);
  });
});
