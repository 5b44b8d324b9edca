/**
 * `threads prune`: the checkpoint history of finished threads whose last
 * activity is older than the cut-off is reduced to the last checkpoint of
 * each turn (or only the latest; keep-plan.ts). A thread waiting for a
 * person, owned by one, or cut off mid-run is left whole: its history is
 * what the person, or the resume, works from. Each thread is pruned under
 * its lock, so no run on it interleaves.
 */
import type { KeepPolicy } from "../domain/retention.js";
import type { ThreadClient } from "../runtime/thread-client.js";
import { checkpointsToKeep } from "./keep-plan.js";
import { checkpointTime, type ThreadStorage } from "./thread-storage.js";

export interface PruneOptions {
  /** Threads whose latest checkpoint is older than this may be pruned. */
  finishedBefore: Date;
  keep: KeepPolicy;
}

export interface PruneReport {
  threads: number;
  /** Threads that lost history. */
  pruned: number;
  checkpointsRemoved: number;
  /** Left alone: active after the cut-off, waiting for or owned by a person, or stopped mid-run. */
  recent: number;
  waiting: number;
  midRun: number;
}

export async function pruneThreads(client: ThreadClient, storage: ThreadStorage, options: PruneOptions): Promise<PruneReport> {
  const report: PruneReport = { threads: 0, pruned: 0, checkpointsRemoved: 0, recent: 0, waiting: 0, midRun: 0 };
  const older = (at: Date | null) => at !== null && at < options.finishedBefore;
  for (const { threadId, lastCheckpointAt } of await storage.threads()) {
    report.threads++;
    if (!older(lastCheckpointAt)) {
      report.recent++;
      continue;
    }
    await client.withThread(threadId, async (thread) => {
      const progress = await thread.progress();
      if (progress === "waiting" || progress === "mid_run") {
        report[progress === "waiting" ? "waiting" : "midRun"]++;
        return;
      }
      const history = await storage.history(threadId);
      // A turn may have landed since the thread was listed: then it is not finished-before any more.
      if (!older(checkpointTime(history.at(-1)?.id ?? ""))) {
        report.recent++;
        return;
      }
      const removed = await storage.keepOnly(threadId, checkpointsToKeep(history, options.keep));
      if (removed > 0) {
        report.pruned++;
        report.checkpointsRemoved += removed;
      }
    });
  }
  if (report.checkpointsRemoved > 0) await storage.reclaim();
  return report;
}
