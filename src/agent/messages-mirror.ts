/**
 * `messages` mirrors `conversation` as LangChain messages so LangGraph Studio
 * (and any chat UI on the SDK) can show the thread as a chat. `conversation`
 * stays the contract: nodes append turns there and never write `messages`;
 * this wrapper writes the same turns again, in the same step, as messages.
 *
 * The mapping is src/domain/conversation-messages.ts, shared with the
 * checkpointers: they do not store `messages` but rebuild it from
 * `conversation` when they load a checkpoint (checkpoint/derived-channels.ts).
 */
import type { LangGraphRunnableConfig } from "@langchain/langgraph";
import { turnToMessage } from "../domain/conversation-messages.js";
import type { EscalationStateType, EscalationUpdate } from "./state.js";

type Node = (state: EscalationStateType, config: LangGraphRunnableConfig) => Promise<EscalationUpdate>;

/** Wraps a node so the turns it appends to `conversation` also land in `messages`. */
export function mirrorMessages(node: Node): Node {
  return async (state, config) => {
    const update = await node(state, config);
    const turns = update.conversation;
    if (!Array.isArray(turns) || turns.length === 0) return update;
    return { ...update, messages: turns.map(turnToMessage) };
  };
}
