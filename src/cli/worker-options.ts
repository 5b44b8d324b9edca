/**
 * What `worker` is run with, parsed by queue-commands.ts and used by
 * worker-process.ts; in a file of its own so neither imports the other's
 * module for it (the command loads the process code only when it runs).
 */
import type { KeepPolicy } from "../domain/retention.js";
import type { AgentCliOptions } from "./agent-options.js";

export interface WorkerCliOptions extends AgentCliOptions {
  concurrency: number;
  lockDuration: number;
  stalledInterval: number;
  /** Milliseconds between follow-up survey runs; 0 turns the schedule off. */
  followupsEvery: number;
  /** Milliseconds between `threads prune` runs; 0 turns the schedule off. */
  pruneEvery: number;
  /** What a scheduled prune removes: history of threads finished this long ago (ms), keeping this. */
  pruneFinishedBefore: number;
  pruneKeep: KeepPolicy;
  /** Port of the GET /metrics listener; undefined: no listener (metrics off). */
  metricsPort?: number;
  metricsHost: string;
}
