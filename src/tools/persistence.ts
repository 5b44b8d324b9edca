/**
 * Where threads live. The embedded default is a SQLite file (created on
 * demand, directory included); `:memory:` keeps everything in the process.
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { MemorySaver, type BaseCheckpointSaver } from "@langchain/langgraph";
import { SqliteSaver } from "@langchain/langgraph-checkpoint-sqlite";

export const DEFAULT_DB_PATH = ".escalation/agent.db";

/** The database the user chose: `--db`, then `ESCALATION_DB`, then the default file. */
export function resolveDbLocation(explicit?: string): string {
  return explicit ?? process.env.ESCALATION_DB ?? DEFAULT_DB_PATH;
}

export function openCheckpointer(location: string = resolveDbLocation()): BaseCheckpointSaver {
  if (location === ":memory:") return new MemorySaver();
  mkdirSync(dirname(location), { recursive: true });
  return SqliteSaver.fromConnString(location);
}
