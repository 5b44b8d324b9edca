/**
 * Which request a checkpoint belongs to. A queued request (a ticket, a
 * follow-up, a human action) may be handed to a worker again after a crash;
 * to apply it exactly once, the worker must tell from the thread's latest
 * checkpoint whether the request never started, stopped half-way (resume it)
 * or finished (skip it). So every checkpoint written during a run records the
 * run's `request_id` in its metadata — in the same write as the checkpoint
 * itself, so the two can never disagree.
 *
 * LangGraph's Python savers merge the run's config metadata into checkpoint
 * metadata; the JS savers do not, so this does it for the keys we need.
 * The LangGraph server does the same with `run_id`.
 *
 * The other key, `turn_id`, names the call that wrote a checkpoint (a
 * ticket, a follow-up, a person's action): `threads prune` keeps the last
 * checkpoint of each turn (src/retention/keep-plan.ts). A human action
 * resumes the paused run, so LangGraph's own metadata cannot tell turns apart.
 */
import type { RunnableConfig } from "@langchain/core/runnables";
import type { BaseCheckpointSaver } from "@langchain/langgraph";

export const REQUEST_ID_KEY = "request_id";
export const TURN_ID_KEY = "turn_id";

const TAGGED = Symbol.for("support-escalation-agent.request-tags");

/** Makes `saver` record the run's request and turn ids in every checkpoint it writes; idempotent. Returns the same saver. */
export function tagCheckpointsWithRequestId<S extends BaseCheckpointSaver>(saver: S): S {
  const marked = saver as S & { [TAGGED]?: true };
  if (marked[TAGGED]) return saver;
  const put = saver.put.bind(saver);
  saver.put = (config, checkpoint, metadata, newVersions) => {
    const requestId = requestIdOf(config.metadata);
    const turnId = turnIdOf(config.metadata);
    const tags = { ...(requestId ? { [REQUEST_ID_KEY]: requestId } : {}), ...(turnId ? { [TURN_ID_KEY]: turnId } : {}) };
    // CheckpointMetadata allows extra keys at runtime (the savers store it as JSON) but not in its type.
    return put(config, checkpoint, Object.keys(tags).length > 0 ? Object.assign({}, metadata, tags) : metadata, newVersions);
  };
  marked[TAGGED] = true;
  return saver;
}

/** The request id in run config metadata or checkpoint metadata, if any. */
export function requestIdOf(metadata: RunnableConfig["metadata"] | Record<string, unknown> | undefined): string | undefined {
  const value = metadata?.[REQUEST_ID_KEY];
  return typeof value === "string" ? value : undefined;
}

/** The turn id in run config metadata or checkpoint metadata, if any. */
export function turnIdOf(metadata: RunnableConfig["metadata"] | Record<string, unknown> | undefined): string | undefined {
  const value = metadata?.[TURN_ID_KEY];
  return typeof value === "string" ? value : undefined;
}
