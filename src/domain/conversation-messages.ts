/**
 * A conversation turn as the LangChain message a chat view shows: the
 * escalation graph's `messages` channel mirrors `conversation` with these
 * (src/agent/messages-mirror.ts), and the checkpointers, which do not store
 * `messages`, rebuild it from `conversation` when they load a checkpoint
 * (src/persistence/checkpoint/derived-channels.ts). The conversion sits here,
 * below both, so the two hold one mapping without persistence importing the
 * agent. Each message's id is derived from its turn, so the rebuilt list is
 * the one the running graph held, ids and all.
 */
import { createHash } from "node:crypto";
import { AIMessage, HumanMessage, SystemMessage, type BaseMessage } from "@langchain/core/messages";
import { messagesStateReducer } from "@langchain/langgraph";
import type { ConversationTurn } from "./triage.js";

/** The bot's name on its own messages, so a chat view tells it apart from a person. */
export const BOT_NAME = "escalation_agent";

/**
 * customer → human message; the bot and support people → AI messages named
 * after who wrote them (both answer the customer); notes → system messages.
 * `at` and `channel` ride along in additional_kwargs, so nothing is lost.
 */
export function turnToMessage(turn: ConversationTurn): BaseMessage {
  const additional_kwargs = { at: turn.at, ...(turn.channel ? { channel: turn.channel } : {}) };
  const fields = { content: turn.content, additional_kwargs, id: messageIdOf(turn) };
  switch (turn.role) {
    case "customer":
      return new HumanMessage(fields);
    case "agent":
      return new AIMessage({ ...fields, name: BOT_NAME });
    case "human":
      return new AIMessage({ ...fields, name: turn.author ?? "support agent" });
    case "system":
      return new SystemMessage(fields);
  }
}

/**
 * A message's id, from what its turn says: the same turn always gives the
 * same id, so a list rebuilt from `conversation` matches the one the mirror
 * wrote (the reducer would otherwise give each message a random id). Two
 * turns alike in every field (role, time to the millisecond, channel, author
 * and words) share one message, in the running graph as in the rebuilt list.
 */
export function messageIdOf(turn: ConversationTurn): string {
  const fields = [turn.role, turn.at, turn.channel ?? "", turn.author ?? "", turn.content].join("\u0000");
  return `turn-${createHash("sha256").update(fields).digest("base64url").slice(0, 22)}`;
}

/** `messages` as the mirror leaves it after these turns: each turn's message, merged by id as the channel merges them. */
export function conversationMessages(conversation: readonly ConversationTurn[]): BaseMessage[] {
  return messagesStateReducer([], conversation.map(turnToMessage));
}
