/**
 * The first key of every advisory lock this application takes ("ESC1"…
 * as int4), one space per kind of lock, so ours never collide with each
 * other or with another application's single-key locks. Kept apart from
 * pg-advisory-lock.ts so that naming a space does not load `pg` (SQLite
 * deployments never do).
 */
export const LOCK_SPACE = {
  /** A thread's run (session lock, pg-advisory-lock.ts). */
  thread: 0x45534331,
  /** The checkpointer's and the store's table setup (session lock, pg-advisory-lock.ts). */
  setup: 0x45534332,
  /** The delivery ledger's table setup (transaction lock, postgres-lazy-pool.ts). */
  ledgerSetup: 0x45534333,
  /** The intake journal's table setup (transaction lock, postgres-lazy-pool.ts). */
  journalSetup: 0x45534334,
} as const;
