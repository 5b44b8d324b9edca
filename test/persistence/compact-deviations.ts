/**
 * Where the compact savers (SQLite and PostgreSQL, both compact by default)
 * differ from LangGraph's checkpointer spec on purpose
 * (test/helpers/checkpointer-contract.ts runs each of these as `it.fails`).
 */
import { comparesParentCheckpoint, type Deviation } from "../helpers/checkpointer-contract.js";

/**
 * A checkpoint's pending writes are deleted once its child checkpoint is
 * saved: they are folded into the child's values, and a resume starts from
 * the latest checkpoint and its own writes (compact-sqlite-saver.ts). What
 * goes with them: a past checkpoint's pendingWrites read back empty, so
 * replaying from it re-runs its tasks, and getDeltaChannelHistory cannot
 * replay a DeltaChannel (MessagesDeltaValue, experimental; the escalation
 * graph has none) from its ancestors' writes.
 */
export const PENDING_WRITES_DROPPED: Deviation[] = [
  {
    test: /#list > \$description$/,
    rows: comparesParentCheckpoint,
    why: "a parent checkpoint's pendingWrites are gone once its child is saved",
  },
  {
    // A v1–v3 checkpoint's pending sends are rebuilt from its parent's TASKS writes, which are gone. LangGraph 1.x
    // writes v4 checkpoints only, and v1–v3 ones from SqliteSaver/PostgresSaver keep their parents' writes (those
    // savers never dropped any), so only this spec's synthetic v1 thread is affected.
    test: /#(getTuple > namespace: (root|child)|list) > should migrate pending sends$/,
    why: "pending sends of a v1–v3 checkpoint come from its parent's writes, dropped when it was saved",
  },
  {
    test: /#getDeltaChannelHistory > namespace: (root|child) > (walks ancestors collecting writes|retains a plain \(migration\) seed|orders concurrent same-superstep writes|omits the seed)/,
    why: "getDeltaChannelHistory replays ancestors' writes, dropped when each child was saved",
  },
];
