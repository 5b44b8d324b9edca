/**
 * Commands that work on the outcome memory alone (learning, follow-ups,
 * report) open the store at the same location as the threads, and close it
 * when done so a PostgreSQL pool does not keep the process alive.
 */
import type { BaseStore } from "@langchain/langgraph";
import { openStore, resolveDbLocation } from "../persistence/open.js";
import type { StoreCliOptions } from "./store-option.js";

export async function withStore<T>(options: StoreCliOptions, work: (store: BaseStore, location: string) => Promise<T>): Promise<T> {
  const location = resolveDbLocation(options.db, options.settings.storage);
  const store = openStore(location);
  try {
    return await work(store, location);
  } finally {
    await store.stop();
  }
}
