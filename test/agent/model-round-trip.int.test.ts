/**
 * One round trip per ticket on the default path (one model for every node),
 * over real HTTP with the real ChatOpenAI client against a local
 * OpenAI-compatible server that agrees with the rules: each of the seed's
 * four tickets makes one request, which assesses it and drafts the reply's
 * personal part; the reply's facts (team, by when, status page, steps) come
 * from the fused decision and the templates after the call. Round trips are
 * counted from the server's request log (which request started after which
 * ended), not from time.
 */
import diagnostics from "node:diagnostics_channel";
import { afterEach, describe, expect, it } from "vitest";
import { createDependencies } from "../../src/agent/graph.js";
import { openModelBudget } from "../../src/agent/model-budget.js";
import type { EscalationStateType } from "../../src/agent/state.js";
import { makeClassifyNode } from "../../src/agent/nodes/classify/index.js";
import { classifyWithRules, firstLook } from "../../src/agent/nodes/classify/rules.js";
import { startModelReading } from "../../src/agent/nodes/read/model-reading.js";
import { triageTicket } from "../../src/runtime/triage.js";
import type { TriageResult } from "../../src/runtime/output.js";
import { seedTicket, testAgent } from "../helpers/agent.js";
import { agreeingAssessment } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/** Each seed ticket and what its reply must say after the model's words, from the templates. */
const SEEDS = [
  { id: "TICK-STD-001", decision: "no_escalation", facts: [/Here's what to do, from our help article “Reset your password”:\n1\. Go to the sign-in page/] },
  {
    id: "TICK-ENT-001",
    decision: "immediate_escalation",
    facts: [/our engineering team/, /within 15 minutes/, /status page: https:\/\/status\.lumaflow\.example/],
  },
  { id: "TICK-TECH-001", decision: "specialist_escalation", facts: [/our technical support team/, /within 4 hours/] },
  { id: "TICK-REPEAT-001", decision: "management_escalation", facts: [/our senior support team/, /within 1 hour/] },
] as const;

/** Sequential round trips in the server's log: a request that starts after an earlier one ended opens a new one. */
function roundTrips(events: readonly string[]): number {
  let trips = 0;
  let open = 0;
  let newTrip = true;
  for (const event of events) {
    if (event.startsWith("start:")) {
      if (newTrip) trips++;
      newTrip = false;
      open++;
    } else if (event.startsWith("end:") || event.startsWith("drop:")) {
      open--;
      if (open === 0) newTrip = true;
    }
  }
  return trips;
}

describe("one round trip per seed ticket with one model for every node", () => {
  it.each(SEEDS.map((s) => [s.id, s] as const))("%s: one request, the rules' path, the model's words and the templates' facts", async (id, seed) => {
    const rulesOnly: TriageResult = await triageTicket(testAgent().agent, seedTicket(id));
    const acknowledgement = `I've read your message about ${id} carefully.`;
    server = await startFakeOpenAI(() => ({ answer: agreeingAssessment(rulesOnly, acknowledgement), delayMs: 50 }));
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const result = await triageTicket(agent, seedTicket(id), { context: { modelPolicy: TEST_POLICY } });

    expect(server.requests.map((r) => r.schemaName)).toEqual(["ticket_assessment"]);
    expect(roundTrips(server.events)).toBe(1);
    expect(result.metrics.llmCalls).toBeLessThanOrEqual(2);
    expect(result.decision?.type).toBe(seed.decision);
    expect(result.decision?.type).toBe(rulesOnly.decision?.type);
    expect(result.response?.message).toMatch(new RegExp(`^Hello,\\n\\n${acknowledgement.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\n\\n`));
    for (const fact of seed.facts) expect(result.response?.message).toMatch(fact);
    expect(result.response?.sources).toEqual(rulesOnly.response?.sources);
    expect(result.errors).toEqual([]);
  });

  it("sends the request before the rules engine reads the ticket, and classify fuses the answer with the rules' reading after", async () => {
    const id = "TICK-TECH-001";
    const rulesOnly: TriageResult = await triageTicket(testAgent().agent, seedTicket(id));
    server = await startFakeOpenAI(() => ({ answer: agreeingAssessment(rulesOnly), delayMs: 20 }));
    const model = await fakeOpenAIModel(server);
    // A kept-alive connection, as a worker's is after its first ticket (a new one may still be connecting when the rules start).
    await triageTicket(testAgent({ model }).agent, seedTicket(id), { context: { modelPolicy: TEST_POLICY } });

    const bodiesSent: unknown[] = [];
    const onBodySent = (message: unknown) => bodiesSent.push(message);
    diagnostics.subscribe("undici:request:bodySent", onBodySent);
    try {
      const deps = createDependencies({ model });
      const ticket = seedTicket(id);
      const turns = [{ role: "customer" as const, content: ticket.description ?? "", at: "2026-12-05T00:00:00.000Z" }];
      const look = firstLook(ticket, turns);
      const config = { context: { modelPolicy: TEST_POLICY } };
      const { budget, spent } = openModelBudget(null);
      const reading = await startModelReading({ deps, config, budget, ticket, customerTurns: turns, conversation: turns, lastReply: null, look });
      // What read does next, the rules engine's scans, runs with the request already on the wire.
      expect(bodiesSent).toHaveLength(1);
      const { classification, findings } = classifyWithRules(ticket, turns, undefined, look);
      const read = await reading!.finish();
      expect(spent()).toEqual({ spent: 1, unavailable: [] });
      expect(read.modelRun).toMatchObject({ fellBack: false });
      // classify fuses the two readings.
      const fused = await makeClassifyNode(deps)({ findings: { ...findings, classification }, modelRun: read.modelRun } as EscalationStateType);
      expect(fused.modelRun).toMatchObject({ fellBack: false, classified: true });
      expect(fused.classification?.category).toBe(rulesOnly.classification?.category);
    } finally {
      diagnostics.unsubscribe("undici:request:bodySent", onBodySent);
    }
  });

  it("counts round trips from the log: two requests one after the other are two, two at the same time are one", () => {
    expect(roundTrips(["start:0", "end:0", "start:1", "end:1"])).toBe(2);
    expect(roundTrips(["start:0", "start:1", "end:1", "end:0", "start:2", "end:2"])).toBe(2);
    expect(roundTrips(["start:0", "drop:0", "start:1", "end:1"])).toBe(2);
    expect(roundTrips(["start:0", "end:0"])).toBe(1);
  });
});
