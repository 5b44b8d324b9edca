/**
 * Reading outcome records back from the store. Stores return pages (ten
 * items unless told otherwise), so this walks every page; a page of 500
 * keeps the round trips few without holding a huge result at once.
 */
import type { BaseStore } from "@langchain/langgraph";
import { asOutcomeRecord, OUTCOMES_NAMESPACE, type OutcomeRecord } from "../domain/outcome-record.js";
import { putItem } from "../persistence/store/put-item.js";

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

/**
 * What a text query on outcomes can find: the technical terms and signals,
 * and a person's notes. Everything else in a record is a category, an id, a
 * number or a time, found by key and filter (segment, category, escalated);
 * indexing every string of it made the store's full-text index a third of
 * the store (bench/RESULTS.md, storage) for searches nothing makes.
 */
export const OUTCOME_TEXT_FIELDS = ["signature.terms[*]", "signature.signals[*]", "verdict.notes"];

export async function writeOutcome(store: BaseStore, record: OutcomeRecord): Promise<void> {
  await putItem(store, [...OUTCOMES_NAMESPACE], record.ticketId, record as unknown as Record<string, unknown>, OUTCOME_TEXT_FIELDS);
}
