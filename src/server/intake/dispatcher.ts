/**
 * Where journaled work goes. In this process by default: the thread client
 * applies it under the thread's lock, exactly once — `applyOnce` reads from
 * the thread's latest checkpoint whether this entry's run never started,
 * stopped part-way (the process died; it resumes from that checkpoint) or
 * finished (nothing to do), so a replay after a crash neither loses nor
 * doubles a turn.
 *
 * With workers (REDIS_URL), QueueDispatcher (queue-dispatcher.ts) enqueues
 * instead, under the same request id.
 */
import type { ThreadClient } from "../../runtime/thread-client.js";
import type { TriageResult } from "../../runtime/output.js";
import type { ThreadRequest } from "../../runtime/thread-request.js";
import type { JournalEntry, ThreadWork } from "../../runtime/intake/work.js";

export interface IntakeDispatcher {
  /** Resolves when the work is done (or durably handed on); rejects to have it retried. */
  dispatch(entry: JournalEntry<ThreadWork>): Promise<TriageResult | void>;
  /** Whether a thread exists or is on its way (a follow-up for it is accepted). */
  hasThread(threadId: string): Promise<boolean>;
  /** For readiness: throws when what the dispatcher hands work to does not answer. */
  ready?(): Promise<void>;
}

/** The id a journal entry's runs carry in their checkpoints; the time keeps it unique should the journal be recreated. */
export function intakeRequestId(entry: JournalEntry): string {
  return `intake:${entry.id}:${entry.receivedAt}`;
}

export function threadRequestOf(entry: JournalEntry<ThreadWork>): ThreadRequest {
  const { work } = entry;
  return work.kind === "ticket"
    ? { kind: "ticket", ticket: work.ticket }
    : { kind: "message", content: work.content, ...(work.channel ? { channel: work.channel } : {}) };
}

export class LocalDispatcher implements IntakeDispatcher {
  constructor(private readonly client: ThreadClient) {}

  async dispatch(entry: JournalEntry<ThreadWork>): Promise<TriageResult> {
    const applied = await this.client.withThread(entry.work.threadId, (thread) => thread.applyOnce(intakeRequestId(entry), threadRequestOf(entry)));
    return applied.result;
  }

  async hasThread(threadId: string): Promise<boolean> {
    return (await this.client.read(threadId)) !== null;
  }
}
