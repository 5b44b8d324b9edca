/**
 * `threads delete`: the answer to an erasure request. A thread goes
 * completely — its checkpoints, writes, values and texts; its delivery
 * ledger rows; its outcome record, case vector and follow-up in the store;
 * its intake journal entries and replay keys; the outbox files of its
 * notifications — each under the thread's lock, so no run writes it back.
 * Then the database gives the space back (on SQLite the file is rewritten,
 * so no freed page keeps the words), and the erasure itself is recorded:
 * when, on what grounds, how much — with the threads as digests, never the
 * customer's address or words.
 */
import { createHash } from "node:crypto";
import { existsSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import type { BaseStore } from "@langchain/langgraph";
import type { ErasureRecord } from "../domain/retention.js";
import { FOLLOWUPS_NAMESPACE, readFollowUp } from "../followups/follow-up.js";
import type { ThreadClient } from "../runtime/thread-client.js";
import { CASE_VECTORS_NAMESPACE } from "../learning/similar-cases.js";
import { OUTCOMES_NAMESPACE } from "../domain/outcome-record.js";
import type { IntakeJournal } from "../runtime/intake/journal.js";
import { outboxFileName } from "../delivery/file-outbox.js";
import type { DeliveryLedger } from "../delivery/ledger.js";
import { belongsToTicket } from "./ledger-keys.js";
import type { ThreadStorage } from "./thread-storage.js";

export interface ErasureDeps {
  client: ThreadClient;
  storage: ThreadStorage;
  ledger: DeliveryLedger;
  store: BaseStore;
  /** The intake journal, where there is one (a server's); entries and replay keys of the thread go. */
  journal?: IntakeJournal;
  /** The file outbox's folder (ESCALATION_OUTBOX). */
  outboxDir: string;
  now: () => Date;
}

export type ErasureCounts = Record<"checkpoints" | "ledger" | "store" | "journal" | "outbox", number>;

export function threadDigest(threadId: string): string {
  return createHash("sha256").update(threadId, "utf8").digest("hex");
}

/** The threads whose ticket names this customer's address (compared without case or surrounding space). */
export async function threadsOfCustomer(client: ThreadClient, storage: ThreadStorage, email: string): Promise<string[]> {
  const wanted = email.trim().toLowerCase();
  const found: string[] = [];
  for (const { threadId } of await storage.threads()) {
    const ticket = await client.ticket(threadId);
    if (ticket?.customerEmail?.trim().toLowerCase() === wanted) found.push(threadId);
  }
  return found;
}

export async function eraseThreads(threadIds: readonly string[], scope: ErasureRecord["scope"], deps: ErasureDeps): Promise<ErasureRecord> {
  const removed: ErasureCounts = { checkpoints: 0, ledger: 0, store: 0, journal: 0, outbox: 0 };
  for (const threadId of threadIds) {
    await deps.client.withThread(threadId, async (thread) => {
      const values = await thread.values();
      const ticketId = values?.ticketId ?? threadId;
      const keys = new Set([...(values?.customerNotifications ?? []), ...(values?.handoff?.notifications ?? [])].map((n) => n.id));
      const followUp = await readFollowUp(deps.store, ticketId);
      if (followUp) keys.add(followUp.notificationId);
      for (const id of (await deps.ledger.idsStartingWith?.(`${ticketId}:`)) ?? []) if (belongsToTicket(id, ticketId)) keys.add(id);

      removed.outbox += removeOutboxFiles(deps.outboxDir, keys);
      removed.ledger += (await deps.ledger.forget?.([...keys])) ?? 0;
      removed.store += await forgetStoreItems(deps.store, ticketId);
      removed.journal += (await deps.journal?.forgetThread(threadId, ticketId)) ?? 0;
      removed.checkpoints += await deps.storage.erase(threadId);
    });
  }
  await deps.storage.reclaim();
  const record: ErasureRecord = { at: deps.now().toISOString(), scope, threadDigests: threadIds.map(threadDigest), removed };
  await deps.storage.recordErasure(record);
  return record;
}

function removeOutboxFiles(dir: string, keys: ReadonlySet<string>): number {
  let files = 0;
  for (const key of keys) {
    for (const extension of [".eml", ".json"]) {
      const path = join(dir, outboxFileName(key) + extension);
      if (!existsSync(path)) continue;
      unlinkSync(path);
      files++;
    }
  }
  return files;
}

/** The ticket's items in the store: its outcome record, its case vector, its follow-up survey. */
async function forgetStoreItems(store: BaseStore, ticketId: string): Promise<number> {
  let items = 0;
  for (const namespace of [OUTCOMES_NAMESPACE, CASE_VECTORS_NAMESPACE, FOLLOWUPS_NAMESPACE]) {
    // A store that refuses a namespace (PostgresStore refuses `_` in its labels) holds nothing under it.
    if (!(await store.get([...namespace], ticketId).catch(() => null))) continue;
    await store.delete([...namespace], ticketId);
    items++;
  }
  return items;
}
