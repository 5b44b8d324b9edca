/**
 * A store put that keeps its `index` argument. Inside a graph run, nodes
 * are given LangGraph's AsyncBatchedStore, whose put() drops `index`
 * (@langchain/langgraph-checkpoint 1.2, store/batch.js): an item written
 * from a node had every string of its value indexed, whatever its writer
 * asked — follow-ups and case vectors that ask for none, outcome records
 * that name a few fields. The put goes to the store the batcher wraps, as
 * LangGraph's own extractStore() unwraps it; callers await each operation,
 * so it still lands in order with their gets and searches.
 */
import type { BaseStore } from "@langchain/langgraph";

export async function putItem(store: BaseStore, namespace: string[], key: string, value: Record<string, unknown>, index?: false | string[]): Promise<void> {
  await unbatched(store).put(namespace, key, value, index);
}

function unbatched(store: BaseStore): BaseStore {
  const wrapper = store as BaseStore & { lg_name?: unknown; store?: BaseStore };
  return wrapper.lg_name === "AsyncBatchedStore" && wrapper.store ? wrapper.store : store;
}
