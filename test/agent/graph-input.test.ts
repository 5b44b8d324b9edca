/**
 * The exported `graph` as code uses it: graph.invoke({ ticket }, { configurable:
 * { thread_id } }) works out of the box, escalations included, and what is
 * not `{ ticket }` or `{ message }` is unwrapped or refused at the entry —
 * never triaged as an empty ticket.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, MemorySaver } from "@langchain/langgraph";
import { beforeAll, describe, expect, it } from "vitest";
import { GraphInputError, normalizeGraphInput } from "../../src/agent/input.js";
import { testAgent, seedTicket } from "../helpers/agent.js";

type Graph = (typeof import("../../src/index.js"))["graph"];
type Input = Parameters<Graph["invoke"]>[0];
let graph: Graph;

beforeAll(async () => {
  process.env.ESCALATION_OUTBOX = mkdtempSync(join(tmpdir(), "esc-graph-input-"));
  ({ graph } = await import("../../src/index.js"));
}, 60_000);

const config = (thread_id: string) => ({ configurable: { thread_id } });

describe("the exported graph", () => {
  it("has a default in-memory checkpointer, so an escalation pauses for a human and resumes", async () => {
    expect(graph.checkpointer).toBeInstanceOf(MemorySaver);
    const ticket = seedTicket("TICK-ENT-001");
    const state = await graph.invoke({ ticket }, config("GI-ENT"));
    expect(state.ticketId).toBe("TICK-ENT-001");
    expect(state.decision?.type).toBe("immediate_escalation");
    expect(state.status).toBe("awaiting_human");
    const claimed = await graph.invoke(new Command({ resume: { action: "claim", agent: "agent-a" } }), config("GI-ENT"));
    expect(claimed.status).toBe("human_owned");
    expect(claimed.owner).toBe("agent-a");
  });

  it("unwraps a bare ticket given as the whole input", async () => {
    const state = await graph.invoke(seedTicket("TICK-ENT-001") as Input, config("GI-BARE"));
    expect(state.ticketId).toBe("TICK-ENT-001");
    expect(state.decision?.type).toBe("immediate_escalation");
  });

  it("unwraps the seed envelope, whole or under `ticket`", async () => {
    const inner = { id: "GI-ENV", subject: "Locked out", description: "I want to talk to a human, now. This is unacceptable." };
    const whole = await graph.invoke({ support: { ticket: inner } } as Input, config("GI-ENV-1"));
    expect(whole.ticketId).toBe("GI-ENV");
    expect(whole.conversation[0]?.content).toContain("talk to a human");
    const under = await graph.invoke({ ticket: { support: { ticket: { ...inner, id: "GI-ENV-2" } } } } as Input, config("GI-ENV-2"));
    expect(under.ticketId).toBe("GI-ENV-2");
    expect(under.conversation[0]?.content).toContain("talk to a human");
  });

  it("refuses input that is neither a ticket nor a message, naming `ticket`, before any node runs", async () => {
    await expect(graph.invoke({ subjekt: "typo" } as Input, config("GI-BAD-1"))).rejects.toThrow(/^ticket: missing/);
    await expect(graph.invoke({ ticket: { id: "GI-BAD-2", customerTier: "paid" } }, config("GI-BAD-2"))).rejects.toThrow(
      /^ticket\.description: either description or message is required/,
    );
    await expect(graph.invoke("a string" as unknown as Input, config("GI-BAD-3"))).rejects.toThrow(/^ticket: the input must be an object/);
    await expect(graph.invoke({} as Input, config("GI-BAD-4"))).rejects.toBeInstanceOf(GraphInputError);
    // Nothing ran: no thread was written.
    const snapshot = await graph.getState(config("GI-BAD-2"));
    expect(snapshot.values).toEqual({});
  });

  it("checks streams too (the LangGraph server runs through stream)", async () => {
    const { agent } = testAgent();
    await expect(
      (async () => {
        for await (const chunk of await agent.stream({ ticket: { id: "GI-STREAM", customerTier: "paid" } }, config("GI-STREAM"))) void chunk;
      })(),
    ).rejects.toThrow(/^ticket\.description/);
  });
});

describe("normalizeGraphInput", () => {
  it("passes follow-ups, resumes and null through unchanged", () => {
    const message = { message: { content: "Still down." } };
    expect(normalizeGraphInput(message)).toBe(message);
    expect(normalizeGraphInput(null)).toBeNull();
    const command = new Command({ resume: { action: "claim", agent: "a" } });
    expect(normalizeGraphInput(command)).toBe(command);
  });

  it("reads a bare ticket whose text is in `message` (a string) as a ticket, not a follow-up", () => {
    expect(normalizeGraphInput({ message: "My invoice is wrong" })).toEqual({ ticket: { message: "My invoice is wrong" } });
  });
});
