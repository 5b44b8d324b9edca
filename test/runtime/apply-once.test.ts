/**
 * ThreadSession.applyOnce: a queued request delivered again after its
 * worker died is resumed from the checkpoint the worker left, or skipped
 * when it had finished — never applied twice.
 */
import { InMemoryStore, MemorySaver } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import type { ThreadRequest } from "../../src/runtime/thread-request.js";
import { InMemoryDeliveryLedger } from "../../src/delivery/ledger.js";
import { OutboxChannels } from "../../src/delivery/outbox.js";
import { tempDir } from "../cli/run-cli.js";

const outage: ThreadRequest = {
  kind: "ticket",
  ticket: { id: "ONCE-1", description: "Our production API is down, every request fails with 503.", customerTier: "enterprise" },
};

/**
 * A saver that "dies" once, on writing the checkpoint of step `step`: the
 * tasks of the step before have saved their writes, the step's checkpoint
 * is never written — the state a SIGKILL between the two leaves behind.
 */
function dyingSaver(step: number) {
  const saver = new MemorySaver();
  const put = saver.put.bind(saver);
  let died = false;
  saver.put = async (config, checkpoint, metadata) => {
    if (!died && metadata.step === step) {
      died = true;
      throw new Error("worker killed");
    }
    return put(config, checkpoint, metadata);
  };
  return saver;
}

function clientWith(saver: MemorySaver) {
  const ledger = new InMemoryDeliveryLedger();
  const outbox = tempDir();
  const agent = createEscalationAgent({
    checkpointer: saver,
    store: new InMemoryStore(),
    ledger,
    channels: ({ routing }) => new OutboxChannels(outbox, { routing, ledger }),
  });
  return { client: new ThreadClient(agent), ledger };
}

describe("applyOnce", () => {
  it("resumes a run killed after its handoff step, before that step's checkpoint: nothing applied or sent twice", async () => {
    // Step 3 follows respond + hand_off on the immediate path; both have written their results.
    const { client, ledger } = clientWith(dyingSaver(3));
    await expect(client.withThread("ONCE-1", (t) => t.applyOnce("req-1", outage))).rejects.toThrow("worker killed");

    const again = await client.withThread("ONCE-1", (t) => t.applyOnce("req-1", outage));
    expect(again.outcome).toBe("resumed");
    expect(again.result).toMatchObject({ status: "awaiting_human", decision: { type: "immediate_escalation" } });
    expect(again.result.conversation.filter((t) => t.role === "customer")).toHaveLength(1);
    expect(again.result.metrics.nodes.classify?.runs).toBe(1);
    expect(again.result.metrics.nodes.hand_off?.runs).toBe(1);
    expect(again.result.learning).not.toBeNull();
    for (const n of again.result.handoff?.notifications ?? []) expect((await ledger.get(n.id))?.attempts).toBe(1);

    const third = await client.withThread("ONCE-1", (t) => t.applyOnce("req-1", outage));
    expect(third.outcome).toBe("already_applied");
    expect(third.result.conversation).toEqual(again.result.conversation);
  });

  it("runs a request again when it died before its first checkpoint, and a new request as new", async () => {
    const { client } = clientWith(dyingSaver(-1));
    await expect(client.withThread("ONCE-1", (t) => t.applyOnce("req-1", outage))).rejects.toThrow("worker killed");
    const first = await client.withThread("ONCE-1", (t) => t.applyOnce("req-1", outage));
    expect(first.outcome).toBe("applied");
    const followUp = await client.withThread("ONCE-1", (t) => t.applyOnce("req-2", { kind: "message", content: "Any update?" }));
    expect(followUp.outcome).toBe("applied");
    expect(followUp.result.conversation.filter((t) => t.role === "customer").map((t) => t.content)).toEqual([
      "Our production API is down, every request fails with 503.",
      "Any update?",
    ]);
    expect((await client.withThread("ONCE-1", (t) => t.applyOnce("req-2", { kind: "message", content: "Any update?" }))).outcome).toBe("already_applied");
  });
});
