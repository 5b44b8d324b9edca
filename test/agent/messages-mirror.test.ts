/** `messages` mirrors `conversation` for chat views; the mapping and the wrapper. */
import { describe, expect, it } from "vitest";
import type { EscalationStateType } from "../../src/agent/state.js";
import { messagesStateReducer } from "@langchain/langgraph";
import { BOT_NAME, conversationMessages, mirrorMessages, turnToMessage } from "../../src/agent/messages-mirror.js";

const at = "2026-01-01T00:00:00.000Z";

describe("turnToMessage", () => {
  it("maps each role to the message a chat view expects, keeping when and where", () => {
    const customer = turnToMessage({ role: "customer", content: "Down again", at, channel: "email" });
    expect(customer.getType()).toBe("human");
    expect(customer.additional_kwargs).toEqual({ at, channel: "email" });

    const bot = turnToMessage({ role: "agent", content: "On it", at });
    expect([bot.getType(), bot.name]).toEqual(["ai", BOT_NAME]);

    const person = turnToMessage({ role: "human", content: "Rolling back", at, author: "alice" });
    expect([person.getType(), person.name, person.content]).toEqual(["ai", "alice", "Rolling back"]);

    expect(turnToMessage({ role: "system", content: "Claimed by alice", at }).getType()).toBe("system");
  });
});

describe("mirrorMessages", () => {
  const state = {} as EscalationStateType;
  const config = {};

  it("adds the node's new turns as messages beside them", async () => {
    const node = mirrorMessages(async () => ({ conversation: [{ role: "agent", content: "Hello", at }], status: "bot" }));
    const update = await node(state, config);
    expect(update.conversation).toHaveLength(1);
    expect(update.status).toBe("bot");
    expect(update.messages).toEqual([expect.objectContaining({ content: "Hello", name: BOT_NAME })]);
  });

  it("leaves an update without turns as it is", async () => {
    const node = mirrorMessages(async () => ({ status: "resolved" }));
    expect(await node(state, config)).toEqual({ status: "resolved" });
  });
});

describe("conversationMessages", () => {
  const turns = [
    { role: "customer" as const, content: "Down again", at, channel: "email" },
    { role: "agent" as const, content: "On it", at },
    { role: "system" as const, content: "Claimed by alice", at: "2026-01-01T00:05:00.000Z", author: "alice" },
  ];

  it("rebuilds, ids and all, the list the mirror's writes leave in the channel, one step at a time", () => {
    const stepwise = turns.reduce((messages, turn) => messagesStateReducer(messages, [turnToMessage(turn)]), messagesStateReducer([], []));
    expect(conversationMessages(turns)).toEqual(stepwise);
  });

  it("gives each turn its own id, and the same turn the same one", () => {
    const ids = conversationMessages(turns).map((m) => m.id);
    expect(new Set(ids).size).toBe(turns.length);
    expect(turnToMessage({ ...turns[1]! }).id).toBe(ids[1]);
    expect(turnToMessage({ ...turns[1]!, content: "On it!" }).id).not.toBe(ids[1]);
  });
});
