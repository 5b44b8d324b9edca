/**
 * Where threads and outcome memory live. The embedded default is a SQLite
 * file (created on demand, directory included); `:memory:` keeps everything
 * in the process.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { InMemoryStore, MemorySaver, type BaseCheckpointSaver, type BaseStore } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";
import { CompactSqliteSaver } from "./checkpoint/compact-sqlite-saver.js";
import { DeferredCheckpointer } from "./deferred-checkpointer.js";
import { isPostgresUrl, parsePostgresLocation, withDefaultSchema } from "./postgres-location.js";
import { PostgresOutcomeStore } from "./postgres-store.js";
import { SqliteStore } from "./store/sqlite-store.js";
import { privateSqliteFile } from "./private-sqlite.js";

export const DEFAULT_DB_PATH = ".escalation/agent.db";

/**
 * The database the user chose: `--db`, then `ESCALATION_DB`, then the
 * default file; a PostgreSQL URL that names no schema gets ESCALATION_DB_SCHEMA's.
 */
/** The two storage settings read here (src/settings StorageSettings has them), so persistence needs no settings module. */
export interface DbLocationSettings {
  readonly db?: string;
  readonly dbSchema?: string;
}

export function resolveDbLocation(explicit: string | undefined, storage: DbLocationSettings): string {
  return withDefaultSchema(explicit ?? storage.db ?? DEFAULT_DB_PATH, storage.dbSchema);
}

export function openCheckpointer(location: string): BaseCheckpointSaver {
  if (location === ":memory:") return new MemorySaver();
  if (isPostgresUrl(location)) {
    const parsed = parsePostgresLocation(location); // fails now on a bad URL or schema, not at first use
    return new DeferredCheckpointer(async () => {
      const { PostgresCheckpointer } = await import("./postgres-checkpointer.js");
      return new PostgresCheckpointer(parsed);
    });
  }
  mkdirSync(dirname(location), { recursive: true });
  privateSqliteFile(location);
  // Each channel's value once per version, each long text once per thread (see compact-sqlite-saver.ts).
  const saver = CompactSqliteSaver.open(location);
  // The saver sets its WAL pragma on first use; its companions take the file's mode from then on.
  privateSqliteFile(location);
  return saver;
}

/**
 * The store for outcome memory (verdicts, follow-ups, learning settings), at
 * the same location as the threads: `:memory:` an InMemoryStore, a
 * `postgres://` URL a PostgresStore (tables created on first use; call
 * `stop()` to close its pool), anything else the SQLite file, shared with
 * the checkpointer.
 */
export function openStore(location: string): BaseStore {
  if (location === ":memory:") return new InMemoryStore();
  if (isPostgresUrl(location)) {
    // Setup guarded against concurrent first uses (workers at concurrency > 1); see postgres-store.ts.
    return new PostgresOutcomeStore(parsePostgresLocation(location));
  }
  return SqliteStore.fromPath(location);
}

/** Releases what a checkpointer holds open (a PostgreSQL pool, a SQLite handle), for graceful shutdown. */
export async function closeCheckpointer(checkpointer: BaseCheckpointSaver): Promise<void> {
  if (checkpointer instanceof SqliteSaver) checkpointer.db.close();
  // PostgreSQL savers (deferred or not) close their pool with end().
  else if ("end" in checkpointer && typeof checkpointer.end === "function") await (checkpointer as { end(): Promise<void> }).end();
}
