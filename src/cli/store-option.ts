/**
 * Commands that work on the outcome memory alone (learning, follow-ups,
 * report) open the store at the same location as the threads, and close it
 * when done so a PostgreSQL pool does not keep the process alive.
 */
import type { BaseStore } from "@langchain/langgraph";
import type { Command } from "commander";
import { openStore, resolveDbLocation } from "../persistence/open.js";
import type { WithSettings } from "./settings-option.js";

export interface StoreCliOptions extends WithSettings {
  db?: string;
}

export function addDbOption(command: Command): Command {
  return command.option("--db <path|url>", "SQLite file, postgres:// URL or :memory: (default ESCALATION_DB or .escalation/agent.db)");
}

export async function withStore<T>(options: StoreCliOptions, work: (store: BaseStore, location: string) => Promise<T>): Promise<T> {
  const location = resolveDbLocation(options.db, options.settings.storage);
  const store = openStore(location);
  try {
    return await work(store, location);
  } finally {
    await store.stop();
  }
}
