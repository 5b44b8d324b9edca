/**
 * Accepts intake work: journal first (durable), then run it in the
 * background and mark it done. Retries a failed run a few times; a run that
 * cannot succeed (the thread does not exist) fails at once. What is still
 * pending when the process stops is replayed on the next start.
 */
import type { FastifyBaseLogger } from "fastify";
import { ThreadStateError } from "../../graph/thread-client.js";
import type { BackgroundTasks } from "../background.js";
import type { IntakeDispatcher } from "./dispatcher.js";
import type { IntakeJournal } from "./journal.js";
import type { IntakeWork, JournalEntry } from "./work.js";

/** Attempts per entry, with the wait before each retry. */
const MAX_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [1_000, 5_000];
/**
 * Starts after which an entry that never finished is given up: one whose
 * run takes the process down with it (out of memory…) would otherwise be
 * replayed into the same crash at every start.
 */
const MAX_STARTS = 5;

export class IntakeProcessor {
  private readonly retries = new Set<NodeJS.Timeout>();
  private stopped = false;

  constructor(
    readonly journal: IntakeJournal,
    private readonly dispatcher: IntakeDispatcher,
    private readonly tasks: BackgroundTasks,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Journals the work (durably) and starts it; the caller may answer 202 once this returns. */
  accept(work: IntakeWork): JournalEntry {
    const entry = this.journal.append(work, this.now());
    this.start(entry);
    return entry;
  }

  /** Whether a follow-up for the thread can be accepted: its ticket is journaled, triaged, or queued. */
  async knowsThread(threadId: string): Promise<boolean> {
    return this.journal.hasPendingTicket(threadId) || (await this.dispatcher.hasThread(threadId));
  }

  /** For readiness: whatever the dispatcher hands work to answers. */
  async dispatcherReady(): Promise<void> {
    await this.dispatcher.ready?.();
  }

  /** Starts every entry not yet done, in the order accepted; returns how many. */
  replay(): number {
    const pending = this.journal.pending();
    for (const entry of pending) this.start(entry);
    if (pending.length > 0) this.log.info({ entries: pending.length }, "intake: replaying journal entries not yet done");
    return pending.length;
  }

  /** No new runs or retries; pending entries wait in the journal for the next start. */
  stop(): void {
    this.stopped = true;
    for (const timer of this.retries) clearTimeout(timer);
    this.retries.clear();
  }

  private start(entry: JournalEntry): void {
    if (this.stopped) return;
    // Synchronously up to the thread lock's queue, so runs on one thread keep the order accepted.
    this.tasks.run(() => this.process(entry));
  }

  private async process(entry: JournalEntry): Promise<void> {
    if (entry.attempts >= MAX_STARTS) {
      this.journal.markFailed(entry.id, `started ${entry.attempts} times without finishing`, true, this.now());
      this.log.error({ entry: entry.id, threadId: entry.work.threadId, attempts: entry.attempts }, "intake: given up on an entry that never finished");
      return;
    }
    const attempt = { ...entry, attempts: entry.attempts + 1 };
    this.journal.markStarted(entry.id, this.now());
    const context = { entry: entry.id, threadId: entry.work.threadId, kind: entry.work.kind, attempt: attempt.attempts };
    try {
      const result = await this.dispatcher.dispatch(attempt);
      this.journal.markDone(entry.id, this.now());
      this.log.info(
        { ...context, status: result?.status, decision: result?.decision?.type ?? null, handoff: result?.handoff?.status ?? null },
        "intake: processed",
      );
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      const final = error instanceof ThreadStateError || attempt.attempts >= MAX_ATTEMPTS;
      this.journal.markFailed(entry.id, message, final, this.now());
      this.log.error({ ...context, err: error, final }, "intake: processing failed");
      if (!final) this.retryLater(attempt);
    }
  }

  private retryLater(entry: JournalEntry): void {
    if (this.stopped) return;
    const delay = RETRY_DELAYS_MS[entry.attempts - 1] ?? RETRY_DELAYS_MS.at(-1) ?? 1_000;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      this.start(entry);
    }, delay);
    this.retries.add(timer);
  }
}
