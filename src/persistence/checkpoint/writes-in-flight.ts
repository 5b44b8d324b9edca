/**
 * A thread's task writes still being saved. LangGraph saves a task's writes
 * as soon as the task ends and the next checkpoint after the step, without
 * waiting for the former: on a pool of connections the checkpoint (which
 * drops its parent's writes, folded into it) could land first, and the
 * writes after it, kept for nothing. So a checkpoint waits for the writes
 * its thread started before it. Entries go when their writes are saved, so
 * a long-lived worker keeps nothing per thread it has seen.
 */
export class WritesInFlight {
  private readonly byThread = new Map<string, Set<Promise<unknown>>>();

  track<T>(threadId: string, saving: Promise<T>): Promise<T> {
    const pending = this.byThread.get(threadId) ?? new Set<Promise<unknown>>();
    this.byThread.set(threadId, pending);
    const tracked = saving.finally(() => {
      pending.delete(tracked);
      if (pending.size === 0 && this.byThread.get(threadId) === pending) this.byThread.delete(threadId);
    });
    pending.add(tracked);
    return tracked;
  }

  /** Resolves once every write the thread had in flight is saved (or failed: its own caller hears of that). */
  async settled(threadId: string): Promise<void> {
    const pending = this.byThread.get(threadId);
    if (pending) await Promise.allSettled([...pending]);
  }

  /** Threads with writes in flight (for tests: it must drop to zero). */
  get size(): number {
    return this.byThread.size;
  }
}
