/**
 * Which checkpoints of a finished thread `threads prune` keeps. A turn is
 * one call on the thread — a ticket, a follow-up, a person's action — and
 * its last checkpoint is the state that turn left: what the customer was
 * told, whom it was handed to. The steps in between are how it got there.
 *
 * Checkpoints carry the turn that wrote them (`turn_id`, request-tags.ts);
 * older ones, or ones written by the LangGraph server, do not, and there a
 * run's "input" checkpoint is where a turn starts (a person's action resumes
 * a paused run without one, so it joins the turn before it).
 */
import type { CheckpointEntry, KeepPolicy } from "../domain/retention.js";

/** The ids to keep, oldest first; `history` is oldest first. */
export function checkpointsToKeep(history: readonly CheckpointEntry[], keep: KeepPolicy): string[] {
  const latest = history.at(-1);
  if (!latest) return [];
  if (keep === "latest") return [latest.id];
  const kept: string[] = [];
  history.forEach((entry, i) => {
    const next = history[i + 1];
    if (!next || startsTurn(next, entry)) kept.push(entry.id);
  });
  return kept;
}

function startsTurn(entry: CheckpointEntry, previous: CheckpointEntry): boolean {
  if (entry.turn !== undefined || previous.turn !== undefined) return entry.turn !== previous.turn;
  return entry.source === "input";
}
