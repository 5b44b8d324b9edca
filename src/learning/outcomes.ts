/**
 * Reading outcome records back from the store. Stores return pages (ten
 * items unless told otherwise), so this walks every page; a page of 500
 * keeps the round trips few without holding a huge result at once.
 */
import type { BaseStore } from "@langchain/langgraph";
import { asOutcomeRecord, OUTCOMES_NAMESPACE, type OutcomeRecord } from "../nodes/learn/outcome-record.js";

const PAGE = 500;

export async function readOutcomes(store: BaseStore, filter?: Record<string, unknown>): Promise<OutcomeRecord[]> {
  const records: OutcomeRecord[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await store.search([...OUTCOMES_NAMESPACE], { ...(filter ? { filter } : {}), limit: PAGE, offset });
    for (const item of page) {
      const record = asOutcomeRecord(item.value);
      if (record) records.push(record);
    }
    if (page.length < PAGE) return records;
  }
}

export async function readOutcome(store: BaseStore, ticketId: string): Promise<OutcomeRecord | null> {
  const item = await store.get([...OUTCOMES_NAMESPACE], ticketId);
  return item ? asOutcomeRecord(item.value) : null;
}

export async function writeOutcome(store: BaseStore, record: OutcomeRecord): Promise<void> {
  await store.put([...OUTCOMES_NAMESPACE], record.ticketId, record as unknown as Record<string, unknown>);
}
