/**
 * The store contract against LangGraph's PostgresStore, each test in a
 * schema of its own that is dropped afterwards. Needs TEST_DATABASE_URL
 * (e.g. postgres://postgres@127.0.0.1:5432/test); skipped without it.
 */
import { randomUUID } from "node:crypto";
import pg from "pg";
import { describe } from "vitest";
import { openStore } from "../../../src/tools/persistence.js";
import { storeContract } from "./contract.js";

const url = process.env.TEST_DATABASE_URL;
if (!url) console.log("store.postgres.int.test.ts: TEST_DATABASE_URL is not set; skipping the PostgresStore contract");

describe.skipIf(!url)("PostgresStore", () => {
  storeContract(
    "PostgresStore",
    async () => {
      const schema = `store_contract_${randomUUID().replace(/-/g, "").slice(0, 12)}`;
      const separator = (url as string).includes("?") ? "&" : "?";
      const store = openStore(`${url}${separator}schema=${schema}`);
      return {
        store,
        cleanup: async () => {
          await store.stop();
          const client = new pg.Client({ connectionString: url });
          await client.connect();
          try {
            await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
          } finally {
            await client.end();
          }
        },
      };
    },
    { lexicalQuery: true, searchEverything: false, labelWisePrefix: false, wildcardNamespaces: false, maxDepth: "filter" },
  );
});
