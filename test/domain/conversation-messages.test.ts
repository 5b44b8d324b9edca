/** A conversation turn as a chat message: the mapping the graph's mirror and the checkpointers' rebuild share. */
import { describe, expect, it } from "vitest";
import { messagesStateReducer } from "@langchain/langgraph";
import { BOT_NAME, conversationMessages, turnToMessage } from "../../src/domain/conversation-messages.js";

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
