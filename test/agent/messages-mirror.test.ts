/** `messages` mirrors `conversation` for chat views: the wrapper (the mapping is test/domain/conversation-messages.test.ts). */
import { describe, expect, it } from "vitest";
import type { EscalationStateType } from "../../src/agent/state.js";
import { mirrorMessages } from "../../src/agent/messages-mirror.js";
import { BOT_NAME } from "../../src/domain/conversation-messages.js";

const at = "2026-01-01T00:00:00.000Z";

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
