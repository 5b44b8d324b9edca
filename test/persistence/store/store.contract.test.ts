/**
 * The store contract against the embedded stores: InMemoryStore (the
 * reference) and SqliteStore, in memory and in a file. PostgresStore runs the
 * same suite in store.postgres.int.test.ts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph-checkpoint";
import { SqliteStore } from "../../../src/persistence/store/sqlite-store.js";
import { storeContract } from "./contract.js";

storeContract("InMemoryStore", async () => ({ store: new InMemoryStore(), cleanup: async () => {} }), {
  lexicalQuery: false,
  searchEverything: true,
  labelWisePrefix: true,
  wildcardNamespaces: true,
  maxDepth: "truncate",
});

const SQLITE = { lexicalQuery: true, searchEverything: true, labelWisePrefix: true, wildcardNamespaces: true, maxDepth: "truncate" } as const;

storeContract(
  "SqliteStore (:memory:)",
  async () => {
    const store = SqliteStore.fromPath(":memory:");
    return { store, cleanup: async () => store.stop() };
  },
  SQLITE,
);

storeContract(
  "SqliteStore (file)",
  async () => {
    const dir = mkdtempSync(join(tmpdir(), "esc-store-"));
    const store = SqliteStore.fromPath(join(dir, "agent.db"));
    return {
      store,
      cleanup: async () => {
        store.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
  SQLITE,
);
