/**
 * LangGraph's checkpointer spec against our PostgresCheckpointer, which
 * subclasses PostgresSaver and writes its own SQL against PostgresSaver's
 * tables and internals (postgres-batch-sql.ts, WRITES_IDX_MAP): batched alone,
 * which must meet the spec in full, and compact (the default), which differs
 * only where compact-deviations.ts says. One fresh schema per run, emptied
 * between checkpointers (the spec wants each to start blank) and dropped after.
 */
import { describe } from "vitest";
import { PostgresCheckpointer, type PostgresCheckpointerOptions } from "../../src/persistence/postgres-checkpointer.js";
import { parsePostgresLocation } from "../../src/persistence/postgres-location.js";
import { upstreamCheckpointerSpec, type Deviation } from "../helpers/checkpointer-contract.js";
import { skipWithout, testSchema, type TestSchema } from "../helpers/services.js";
import { PENDING_WRITES_DROPPED } from "./compact-deviations.js";

const TABLES = ["checkpoints", "checkpoint_blobs", "checkpoint_writes", "checkpoint_texts"];

function specFor(name: string, options: PostgresCheckpointerOptions, deviations: Deviation[]): void {
  let schema: TestSchema | undefined;
  const inSchema = () => {
    if (!schema) throw new Error("the spec's beforeAll has not made the schema");
    return schema;
  };
  upstreamCheckpointerSpec<PostgresCheckpointer>(
    {
      checkpointerName: name,
      beforeAll: () => void (schema = testSchema("contract")),
      afterAll: () => schema?.drop(),
      createCheckpointer: () => new PostgresCheckpointer(parsePostgresLocation(inSchema().location), options),
      async destroyCheckpointer(checkpointer) {
        const { name: at } = inSchema();
        await checkpointer.withClient((client) => client.query(`TRUNCATE ${TABLES.map((table) => `"${at}".${table}`).join(", ")}`));
        await checkpointer.end();
      },
    },
    deviations,
  );
}

describe.skipIf(skipWithout("TEST_DATABASE_URL", "the PostgreSQL checkpointer contract tests"))("PostgreSQL checkpointer against LangGraph's spec", () => {
  specFor("PostgresCheckpointer (batched)", { compact: false }, []);
  specFor("PostgresCheckpointer (compact)", {}, PENDING_WRITES_DROPPED);
});
