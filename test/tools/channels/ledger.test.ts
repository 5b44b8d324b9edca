/**
 * The delivery ledger in memory and in SQLite: the ledger contract, and
 * SQLite's records surviving a reopened file. PostgreSQL runs the same
 * contract in postgres-ledger.int.test.ts.
 */
import { join } from "node:path";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { describe, expect, it } from "vitest";
import { InMemoryDeliveryLedger } from "../../../src/tools/channels/ledger.js";
import { SqliteDeliveryLedger } from "../../../src/tools/channels/sqlite-ledger.js";
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
});
