/**
 * What every intake journal does (see journal.ts for what it is for). The
 * two implementations and the replay keys depend on this contract alone;
 * journal.ts, which picks an implementation, depends on them.
 */
import type { IntakeWork, JournalEntry } from "./work.js";

export type JournalState = "pending" | "done" | "failed";

export interface JournalRecord extends JournalEntry {
  state: JournalState;
  error: string | null;
}

export interface IntakeJournal {
  /** False for `:memory:`: accepted work dies with the process. */
  readonly durable: boolean;
  /** Where it is, safe to log (no password). */
  readonly where: string;
  /** Shared by several instances: how often to claim entries an instance that died left behind. */
  readonly takeoverIntervalMs?: number;
  /** Records accepted work; when this resolves, the entry is committed to disk. */
  append(work: IntakeWork, receivedAt: Date): Promise<JournalEntry>;
  /** Entries not yet done, oldest first: the order they were accepted in. */
  pending(): Promise<JournalEntry[]>;
  /** How many entries are not yet done (the backlog a metrics scrape reports), without reading them. */
  countPending(): Promise<number>;
  /**
   * The pending entries this process should run now, oldest first: on a
   * shared journal, those no live instance is working on (theirs are left
   * alone until their lease runs out); on a file of its own, all of them.
   */
  claimPending(): Promise<JournalEntry[]>;
  /** Whether a ticket for the thread waits in the journal (accepted before entry `beforeId`, when given). */
  hasPendingTicket(threadId: string, beforeId?: number): Promise<boolean>;
  markStarted(id: number, at: Date): Promise<void>;
  markDone(id: number, at: Date): Promise<void>;
  /** `final`: give up on it; otherwise it stays pending and is tried again. */
  markFailed(id: number, error: string, final: boolean, at: Date): Promise<void>;
  get(id: number): Promise<JournalRecord | undefined>;
  /** Done entries hold customer data and are of no further use once their thread has it. */
  pruneDone(olderThan: Date): Promise<number>;
  /**
   * Records a request's replay key (a delivery id, a Slack signature, a
   * body's hash) until `until`; false when it is already recorded and not
   * expired — a replay. In the journal's database, so a restart or a second
   * instance refuses the replay too.
   */
  rememberRequest(key: string, at: Date, until: Date): Promise<boolean>;
  /** Lets a key be used again (the request it came with could not be journaled). */
  forgetRequest(key: string): Promise<void>;
  /**
   * Erasure: removes the thread's entries, whatever their state, and the
   * replay keys taken for it (a body's hash under the thread or ticket id).
   * Answers how many rows went.
   */
  forgetThread(threadId: string, ticketId?: string): Promise<number>;
  /** For readiness: the database answers. */
  ping(): Promise<void>;
  /** Lets other instances take over what this one has not finished, then closes. */
  close(): Promise<void>;
}

/**
 * The replay-key prefixes of a thread's bodies, for erasure. The server takes
 * these keys as `body:<scope>:<hash>` (src/server/intake/replay.ts, scopes as
 * its routes give them); both journals forget them with the thread.
 */
export function threadReplayPrefixes(threadId: string, ticketId: string = threadId): string[] {
  return [...new Set([`body:ticket:${ticketId}:`, `body:ticket:${threadId}:`, `body:message:${threadId}:`])];
}
