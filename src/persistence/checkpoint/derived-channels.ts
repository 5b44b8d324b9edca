/**
 * Channels the checkpointers do not store, because another channel of the
 * same checkpoint says all they hold. The escalation graph's `messages`
 * mirrors `conversation` turn for turn (src/agent/messages-mirror.ts, with
 * the mapping in src/domain/conversation-messages.ts, which is why that
 * mapping sits below both): stored, it was every turn a second time at every
 * turn's checkpoint — a fifth of a finished thread's checkpoint values
 * (bench/RESULTS.md, storage). Both checkpointers (SQLite, PostgreSQL) leave
 * such a channel's value out when they save a checkpoint that holds its
 * source, keep its version (so LangGraph's bookkeeping of what changed is
 * untouched), and rebuild the value from its source when they load one. A
 * value stored (by an older version, or without its source) is read as it was.
 */
import { conversationMessages } from "../../domain/conversation-messages.js";
import type { ConversationTurn } from "../../domain/triage.js";

export interface DerivedChannel {
  /** The channel the value is rebuilt from, in the same checkpoint. */
  source: string;
  derive(source: unknown): unknown;
}

/** Channel name → how to rebuild it. */
export type DerivedChannels = ReadonlyMap<string, DerivedChannel>;

/** The escalation graph's: `messages` from `conversation`. */
export const ESCALATION_DERIVED_CHANNELS: DerivedChannels = new Map([
  ["messages", { source: "conversation", derive: (conversation: unknown) => conversationMessages(conversation as ConversationTurn[]) }],
]);

/**
 * `record` (channel values or versions) without the derived channels that
 * `values`, the checkpoint's channel values, can rebuild: those whose source
 * has a value there. A derived channel whose source is absent is kept as any
 * other (nothing could rebuild it: a graph that writes `messages` alone, as
 * LangGraph's checkpointer spec does, would lose it).
 */
export function withoutDerived<T>(record: Record<string, T>, derived: DerivedChannels, values: Record<string, unknown>): Record<string, T> {
  if (derived.size === 0) return record;
  return Object.fromEntries(
    Object.entries(record).filter(([channel]) => {
      const source = derived.get(channel)?.source;
      return source === undefined || values[source] === undefined;
    }),
  );
}

/**
 * Fills in, in place, each derived channel the loaded values lack and whose
 * source they hold. A stored value (an older thread's) is left as it is.
 */
export function addDerived(values: Record<string, unknown>, derived: DerivedChannels): void {
  for (const [channel, { source, derive }] of derived) if (!(channel in values) && values[source] !== undefined) values[channel] = derive(values[source]);
}
