/** `messages` mirrors `conversation` for chat views; the mapping and the wrapper. */
import { describe, expect, it } from "vitest";
import type { EscalationStateType } from "../../src/graph/state.js";
import { BOT_NAME, mirrorMessages, turnToMessage } from "../../src/graph/messages-mirror.js";

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
