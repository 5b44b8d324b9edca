/**
 * The threads' database holds raw ticket text: it and its -wal and -shm
 * files are created readable by their owner only (0600), and a file made
 * 0644 before this rule is tightened when opened.
 */
import { chmodSync, existsSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openIntakeJournal } from "../../src/runtime/intake/journal.js";
import { SqliteDeliveryLedger } from "../../src/delivery/sqlite-ledger.js";
import { SqliteStore } from "../../src/persistence/store/sqlite-store.js";
import { sqliteClient } from "../helpers/server.js";

const mode = (path: string) => statSync(path).mode & 0o777;

describe("SQLite files", () => {
  it("are created 0600 with their -wal and -shm by the checkpointer, the ledger, the journal and the store", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-private-"));
    const { client, db } = sqliteClient(dir);
    await client.triage({ id: "PRIV-1", subject: "Card", description: "My card 4111 1111 1111 1111 was charged twice, refund please." });
    const journal = openIntakeJournal(db);
    await journal.ping();
    for (const file of [db, `${db}-wal`, `${db}-shm`]) {
      expect(existsSync(file), file).toBe(true);
      expect(mode(file).toString(8), file).toBe("600");
    }
    await journal.close();

    for (const [name, open] of [
      ["ledger.db", (p: string) => SqliteDeliveryLedger.open(p).close()],
      ["store.db", (p: string) => SqliteStore.fromPath(p).stop()],
    ] as const) {
      const path = join(dir, name);
      await open(path);
      expect(mode(path).toString(8), name).toBe("600");
    }
  });

  it("made 0644 before are tightened to 0600 when opened", async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-private-"));
    const path = join(dir, "old.db");
    writeFileSync(path, "");
    chmodSync(path, 0o644);
    const journal = openIntakeJournal(path);
    await journal.ping();
    expect(mode(path).toString(8)).toBe("600");
    expect(mode(`${path}-wal`).toString(8)).toBe("600");
    await journal.close();
  });
});
