/**
 * Accepts intake work: journal first (durable), then run it in the
 * background and mark it done. Retries a failed run a few times; a run that
 * cannot succeed (the thread does not exist) fails at once. What is still
 * pending when the process stops is replayed on the next start — or, with a
 * journal shared by several instances, by another instance.
 */
import type { FastifyBaseLogger } from "fastify";
import { ThreadStateError } from "../../runtime/thread-client.js";
import type { BackgroundTasks } from "../background.js";
import type { IntakeDispatcher } from "./dispatcher.js";
import type { IntakeJournal } from "../../runtime/intake/journal-contract.js";
import { isThreadWork, type IntakeWork, type JournalEntry, type SlackActionWork } from "../../runtime/intake/work.js";

/** Attempts per entry, with the wait before each retry. */
export const MAX_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [1_000, 5_000];
/**
 * Starts after which an entry that never finished is given up: one whose
 * run takes the process down with it (out of memory…) would otherwise be
 * replayed into the same crash at every start.
 */
const MAX_STARTS = 5;
/** How often a message waiting for its ticket looks again. */
const WAIT_FOR_TICKET_MS = 2_000;

/**
 * Applies a journaled Slack click. Throws to have it retried; `lastAttempt`
 * tells it no retry follows (time to tell the user it did not work).
 */
export type SlackActionRunner = (entry: JournalEntry<SlackActionWork>, lastAttempt: boolean) => Promise<void>;

export class IntakeProcessor {
  private readonly retries = new Set<NodeJS.Timeout>();
  /** Per thread, the end of its chain of entries in this process (see start). */
  private readonly tails = new Map<string, Promise<void>>();
  private stopped = false;

  constructor(
    readonly journal: IntakeJournal,
    private readonly dispatcher: IntakeDispatcher,
    private readonly tasks: BackgroundTasks,
    private readonly log: FastifyBaseLogger,
    private readonly now: () => Date = () => new Date(),
    private readonly slackActions?: SlackActionRunner,
  ) {}

  /** Journals the work (durably) and starts it; the caller may answer once this resolves. */
  async accept(work: IntakeWork): Promise<JournalEntry> {
    const entry = await this.journal.append(work, this.now());
    this.start(entry);
    return entry;
  }

  /** Whether a follow-up for the thread can be accepted: its ticket is journaled, triaged, or queued. */
  async knowsThread(threadId: string): Promise<boolean> {
    return (await this.journal.hasPendingTicket(threadId)) || (await this.dispatcher.hasThread(threadId));
  }

  /** For readiness: whatever the dispatcher hands work to answers. */
  async dispatcherReady(): Promise<void> {
    await this.dispatcher.ready?.();
  }

  /** Starts every entry not yet done that this process may take, in the order accepted; returns how many. */
  async replay(): Promise<number> {
    if (this.stopped) return 0;
    const pending = await this.journal.claimPending();
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

  /**
   * Entries of one thread run one after another in the order started: the
   * journal's bookkeeping awaits the database, and without the chain a later
   * entry could overtake an earlier one on its way to the thread's lock.
   */
  private start(entry: JournalEntry): void {
    if (this.stopped) return;
    const threadId = entry.work.threadId;
    const run = (this.tails.get(threadId) ?? Promise.resolve()).then(() => this.process(entry));
    const tail = run.catch(() => undefined);
    this.tails.set(threadId, tail);
    void tail.then(() => {
      if (this.tails.get(threadId) === tail) this.tails.delete(threadId);
    });
    this.tasks.run(() => run);
  }

  private async process(entry: JournalEntry): Promise<void> {
    if (this.stopped) return;
    if (entry.attempts >= MAX_STARTS) {
      await this.journal.markFailed(entry.id, `started ${entry.attempts} times without finishing`, true, this.now());
      this.log.error({ entry: entry.id, threadId: entry.work.threadId, attempts: entry.attempts }, "intake: given up on an entry that never finished");
      return;
    }
    const attempt = { ...entry, attempts: entry.attempts + 1 };
    const context = { entry: entry.id, threadId: entry.work.threadId, kind: entry.work.kind, attempt: attempt.attempts };
    try {
      // Its ticket, accepted earlier, has not run yet (a transient failure here, or an instance that died holds it): run after it, not into "no such thread".
      if (entry.work.kind === "message" && (await this.journal.hasPendingTicket(entry.work.threadId, entry.id))) {
        this.retryLater(entry, WAIT_FOR_TICKET_MS);
        return;
      }
      await this.journal.markStarted(entry.id, this.now());
      if (isThreadWork(attempt)) {
        const result = await this.dispatcher.dispatch(attempt);
        await this.journal.markDone(entry.id, this.now());
        this.log.info(
          { ...context, status: result?.status, decision: result?.decision?.type ?? null, handoff: result?.handoff?.status ?? null },
          "intake: processed",
        );
      } else {
        if (!this.slackActions) throw new ThreadStateError("Slack actions are off on this server (SLACK_SIGNING_SECRET)");
        await this.slackActions(attempt as JournalEntry<SlackActionWork>, attempt.attempts >= MAX_ATTEMPTS);
        await this.journal.markDone(entry.id, this.now());
      }
    } catch (error) {
      const message = (error as Error)?.message ?? String(error);
      const final = error instanceof ThreadStateError || attempt.attempts >= MAX_ATTEMPTS;
      this.log.error({ ...context, err: error, final }, "intake: processing failed");
      try {
        await this.journal.markFailed(entry.id, message, final, this.now());
      } catch (journalError) {
        // The entry stays pending as it was: the next start (or another instance) replays it.
        this.log.error({ ...context, err: journalError }, "intake: could not record the failure in the journal");
      }
      if (!final) this.retryLater(attempt);
    }
  }

  private retryLater(entry: JournalEntry, delay: number = RETRY_DELAYS_MS[entry.attempts - 1] ?? RETRY_DELAYS_MS.at(-1) ?? 1_000): void {
    if (this.stopped) return;
    const timer = setTimeout(() => {
      this.retries.delete(timer);
      this.start(entry);
    }, delay);
    this.retries.add(timer);
  }
}
