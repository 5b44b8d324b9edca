/**
 * Work the server does after answering (triage behind a 202, Slack message
 * updates behind a 200). Shutdown waits for it to finish, up to a deadline,
 * instead of cutting a run off between checkpoints.
 */
export class BackgroundTasks {
  private readonly running = new Set<Promise<unknown>>();

  /** Runs `work` in the background; its failure is for `work` itself to report. */
  run(work: () => Promise<unknown>): void {
    const task = work().catch(() => undefined);
    this.running.add(task);
    void task.finally(() => this.running.delete(task));
  }

  get size(): number {
    return this.running.size;
  }

  /**
   * Resolves when nothing runs any more (tasks may start others), or with
   * false when `timeoutMs` passes first.
   */
  async drain(timeoutMs: number = Number.POSITIVE_INFINITY): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const deadline = Number.isFinite(timeoutMs)
      ? new Promise<false>((resolve) => {
          timer = setTimeout(() => resolve(false), timeoutMs);
        })
      : undefined;
    try {
      while (this.running.size > 0) {
        const all = Promise.allSettled([...this.running]).then(() => true);
        if ((await (deadline ? Promise.race([all, deadline]) : all)) === false) return false;
      }
      return true;
    } finally {
      if (timer) clearTimeout(timer);
    }
  }
}
