/**
 * The store contract against LangGraph's PostgresStore, each test in a
 * schema of its own that is dropped afterwards. Needs TEST_DATABASE_URL
 * (e.g. postgres://postgres@127.0.0.1:5432/test); skipped without it.
 */
import { describe } from "vitest";
import { openStore } from "../../../src/persistence/open.js";
import { skipWithout, testSchema } from "../../helpers/services.js";
import { storeContract } from "./contract.js";

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgresStore contract"))("PostgresStore", () => {
  storeContract(
    "PostgresStore",
    async () => {
      const schema = testSchema("store_contract");
      const store = openStore(schema.location);
      return {
        store,
        cleanup: async () => {
          await store.stop();
          await schema.drop();
        },
      };
    },
    { lexicalQuery: true, searchEverything: false, labelWisePrefix: false, wildcardNamespaces: false, maxDepth: "filter" },
  );
});
