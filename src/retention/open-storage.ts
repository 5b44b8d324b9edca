/**
 * The retention storage beside an agent's checkpointer: the SQLite file's
 * own connection, or a PostgreSQL pool of its own on the same schema.
 * `pg` is loaded only for a postgres:// location.
 */
import type { BaseCheckpointSaver } from "@langchain/langgraph";
import { CompactSqliteSaver } from "../persistence/checkpoint/compact-sqlite-saver.js";
import { isPostgresUrl, parsePostgresLocation } from "../persistence/postgres-location.js";
import { SqliteThreadStorage } from "./sqlite-thread-storage.js";
import type { ThreadStorage } from "./thread-storage.js";

/** Threads kept in memory (`:memory:`) or by a saver of another kind cannot be pruned or erased here. */
export class NoThreadStorageError extends Error {
  override readonly name = "NoThreadStorageError";
}

export async function openThreadStorage(checkpointer: BaseCheckpointSaver, location: string): Promise<ThreadStorage> {
  if (checkpointer instanceof CompactSqliteSaver) return new SqliteThreadStorage(checkpointer.ready());
  if (isPostgresUrl(location)) {
    const [{ PostgresCheckpointer }, { PostgresThreadStorage }] = await Promise.all([
      import("../persistence/postgres-checkpointer.js"),
      import("./postgres-thread-storage.js"),
    ]);
    return new PostgresThreadStorage(new PostgresCheckpointer(parsePostgresLocation(location)));
  }
  throw new NoThreadStorageError("threads are not kept in a database here (:memory:): nothing to prune or erase");
}
