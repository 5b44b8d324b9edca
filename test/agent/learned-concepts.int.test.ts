/**
 * The learned concept reader inside the graph: its hard triggers are the
 * rules engine's, so a calm model cannot cancel them, and a privacy-rights
 * request nobody wrote a pattern for reaches a person.
 */
import { afterEach, describe, expect, it } from "vitest";
import type { Ticket } from "../../src/domain/ticket.js";
import { triageTicket } from "../../src/runtime/triage.js";
import { testAgent } from "../helpers/agent.js";
import { answerBySchema } from "../helpers/judgements.js";
import { fakeOpenAIModel, TEST_POLICY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";

let server: FakeOpenAI | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const PERSON: Ticket = { id: "LC-1", subject: "help", description: "is there a way to reach an actual agent", customerTier: "free" };

describe("learned concepts in the graph", () => {
  it("escalates a request for a person at once, offline, with the learned evidence", async () => {
    const { agent } = testAgent();
    const result = await triageTicket(agent, PERSON);
    expect(result.decision).toMatchObject({ type: "immediate_escalation", source: "rules" });
    expect(result.classification?.evidence.some((e) => e.rule === "learned:human_request")).toBe(true);
  });

  it("keeps that hard trigger when a model reads the ticket as calm and recommends no escalation", async () => {
    server = await startFakeOpenAI(answerBySchema());
    const { agent } = testAgent({ model: await fakeOpenAIModel(server) });
    const result = await triageTicket(agent, PERSON, { context: { modelPolicy: TEST_POLICY } });
    expect(server.requests.length).toBeGreaterThan(0);
    expect(result.decision?.type).toBe("immediate_escalation");
    expect(result.classification?.escalationSignals).toContain("human_requested");
  });

  it("hands a privacy-rights request to the security team", async () => {
    const { agent } = testAgent();
    const result = await triageTicket(agent, {
      id: "LC-2",
      subject: "My data",
      description: "Under the GDPR I want a copy of everything you store about me.",
      customerTier: "paid",
    });
    expect(result.decision?.type).not.toBe("no_escalation");
    expect(result.decision?.targetTeam).toBe("security_team");
  });
});
