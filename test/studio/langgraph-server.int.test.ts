/**
 * The graph as LangGraph Studio sees it: served by the real dev server
 * (langgraphjs dev with the project's langgraph.json), driven through the
 * LangGraph SDK — schemas, a ticket run, the handoff interrupt, a human
 * action, a follow-up the bot must not answer, and streamed node updates.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Client } from "@langchain/langgraph-sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HumanWaitRequest } from "../../src/domain/human.js";
import type { EscalationStateType } from "../../src/agent/state.js";
import { ROOT, startDevServer, type DevServer } from "./dev-server.js";

const GRAPH_ID = "escalation_agent";
const ticket = (JSON.parse(readFileSync(join(ROOT, "examples/tickets/TICK-ENT-001.json"), "utf8")) as { support: { ticket: Record<string, unknown> } }).support
  .ticket;

let server: DevServer | undefined;
let client: Client;

beforeAll(async () => {
  server = await startDevServer({ readyTimeoutMs: 60_000 });
  client = new Client({ apiUrl: server.url });
}, 75_000);

afterAll(async () => {
  await server?.stop();
}, 15_000);

type Values = EscalationStateType & { messages: Array<{ type: string; content: unknown; name?: string }> };

async function values(threadId: string): Promise<Values> {
  return (await client.threads.getState<Values>(threadId)).values;
}

describe("the LangGraph API server (what Studio talks to)", () => {
  it("serves the graph with a ticket form, the state with messages, and the run configuration with defaults", async () => {
    const [assistant] = await client.assistants.search({ graphId: GRAPH_ID });
    expect(assistant).toBeDefined();
    const schemas = await client.assistants.getSchemas(assistant!.assistant_id);
    expect(Object.keys(schemas.input_schema?.properties ?? {}).sort()).toEqual(["message", "ticket"]);
    expect(schemas.state_schema?.properties).toHaveProperty("conversation");
    expect(schemas.state_schema?.properties).toHaveProperty("messages");
    const context = schemas.context_schema as { properties: Record<string, { default?: unknown }> } | null | undefined;
    expect(context?.properties.model?.default).toBe("rules");
    expect(context?.properties.thresholds?.default).toMatchObject({ managementFrustration: expect.any(Number) });
  });

  it("escalates a ticket, waits on the handoff interrupt and lets a human take the thread", async () => {
    const thread = await client.threads.create();
    await client.runs.wait(thread.thread_id, GRAPH_ID, { input: { ticket } });

    const escalated = await client.threads.getState<Values>(thread.thread_id);
    expect(escalated.values.decision?.type).toBe("immediate_escalation");
    expect(escalated.values.handoff).toBeTruthy();
    expect(escalated.values.status).toBe("awaiting_human");
    expect(escalated.next).toEqual(["await_human"]);
    const request = escalated.tasks.flatMap((task) => task.interrupts).at(0)?.value as HumanWaitRequest | undefined;
    expect(request).toMatchObject({ ticketId: "TICK-ENT-001", status: "awaiting_human", team: expect.any(String) });
    expect(request?.actions).toEqual(expect.arrayContaining(["claim", "reply", "resolve", "release"]));
    expect((await client.threads.get(thread.thread_id)).status).toBe("interrupted");
    // The handoff was delivered to the server's outbox (ESCALATION_OUTBOX), not into the repo.
    expect(readdirSync(server!.outbox).length).toBeGreaterThan(0);
    // The conversation mirrored as chat messages: the customer, then the bot.
    expect(escalated.values.messages.map((m) => m.type)).toEqual(["human", "ai"]);

    await client.runs.wait(thread.thread_id, GRAPH_ID, { command: { resume: { action: "claim", agent: "studio-tester" } } });
    const claimed = await values(thread.thread_id);
    expect(claimed).toMatchObject({ status: "human_owned", owner: "studio-tester" });

    const followUp = "Any update? We are still down.";
    await client.runs.wait(thread.thread_id, GRAPH_ID, { input: { message: { content: followUp } } });
    const after = await values(thread.thread_id);
    expect(after.response).toBeNull();
    expect(after).toMatchObject({ status: "human_owned", owner: "studio-tester" });
    expect(after.conversation.filter((t) => t.role === "customer").at(-1)?.content).toBe(followUp);
    expect(after.conversation.filter((t) => t.role === "agent")).toHaveLength(1);
  });

  it("streams each node's update as it runs", async () => {
    const thread = await client.threads.create();
    const nodes: string[] = [];
    for await (const chunk of client.runs.stream(thread.thread_id, GRAPH_ID, { input: { ticket }, streamMode: "updates" })) {
      if (chunk.event === "updates") nodes.push(...Object.keys(chunk.data as Record<string, unknown>));
    }
    expect(nodes.slice(0, 4)).toEqual(["read", "classify", "analyze", "decide"]);
    expect(nodes).toEqual(expect.arrayContaining(["respond", "hand_off", "learn", "__interrupt__"]));
  });
});
