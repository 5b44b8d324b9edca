/**
 * The seed's four test tickets ("Testing Your Escalation Agent") with the
 * behaviours the foundation issue expects, through the whole graph.
 */
import { describe, expect, it } from "vitest";
import { triageTicket } from "../../src/runtime/triage.js";
import { seedTicket, testAgent } from "../helpers/agent.js";

describe("seed ticket TICK-STD-001 (password reset)", async () => {
  const { agent } = testAgent();
  const result = await triageTicket(agent, seedTicket("TICK-STD-001"));

  it("is an account or general question of low or medium priority", () => {
    expect(["account", "general_inquiry"]).toContain(result.classification?.category);
    expect(["low", "medium"]).toContain(result.classification?.priority);
  });
  it("reads a calm customer", () => {
    expect(result.analysis?.frustration).toBeLessThan(30);
  });
  it("is not escalated and gets no handoff", () => {
    expect(result.decision?.type).toBe("no_escalation");
    expect(result.handoff).toBeNull();
  });
  it("gets password-reset guidance from the knowledge base", () => {
    expect(result.response?.type).toBe("solution");
    expect(result.response?.message.toLowerCase()).toMatch(/reset/);
    expect(result.response?.sources.some((s) => s.includes("password"))).toBe(true);
  });
});

describe("seed ticket TICK-ENT-001 (enterprise outage with legal threat)", async () => {
  const { agent } = testAgent();
  const result = await triageTicket(agent, seedTicket("TICK-ENT-001"));

  it("is technical, critical and needs an expert", () => {
    expect(result.classification).toMatchObject({ category: "technical", priority: "critical", complexity: "expert_required" });
    expect(result.classification?.escalationSignals).toEqual(expect.arrayContaining(["legal_threat", "outage"]));
  });
  it("reads an extremely frustrated customer", () => {
    expect(result.analysis?.frustration).toBeGreaterThan(90);
  });
  it("escalates immediately to engineering: decide writes the hard trigger's decision at once", () => {
    expect(result.decision).toMatchObject({ type: "immediate_escalation", targetTeam: "engineering", urgency: "immediate", source: "rules" });
    expect(result.metrics.nodes.decide?.runs).toBe(1);
    expect(result.metrics.nodes.hand_off?.runs).toBe(1);
    expect(result.metrics.nodes.respond?.runs).toBe(1);
  });
  it("hands off through email, Slack and ticketing with the context package", () => {
    expect(result.handoff?.status).toBe("handed_off");
    expect(result.handoff?.notifications.map((n) => n.channel).sort()).toEqual(["email", "slack", "ticketing"]);
    expect(result.handoff?.contextPackage).toMatchObject({ version: 1, ticketInfo: { id: "TICK-ENT-001" } });
  });
  it("tells the customer a specialist team takes over", () => {
    expect(result.response?.type).toBe("escalation_acknowledgment");
    expect(result.response?.message).toMatch(/15 minutes/);
  });
});

describe("seed ticket TICK-TECH-001 (webhook payloads)", async () => {
  const { agent } = testAgent();
  const result = await triageTicket(agent, seedTicket("TICK-TECH-001"));

  it("is a complex, high-priority integration issue", () => {
    expect(result.classification).toMatchObject({ category: "integration", priority: "high", complexity: "complex" });
  });
  it("goes to technical support as a specialist escalation", () => {
    expect(result.decision).toMatchObject({ type: "specialist_escalation", targetTeam: "technical_support" });
    expect(result.metrics.nodes.decide?.runs).toBe(1);
  });
});

describe("seed ticket TICK-REPEAT-001 (third billing contact)", async () => {
  const { agent } = testAgent();
  const result = await triageTicket(agent, seedTicket("TICK-REPEAT-001"));

  it("is a high-priority billing issue with repeat-contact signals", () => {
    expect(result.classification).toMatchObject({ category: "billing", priority: "high" });
    expect(result.classification?.escalationSignals).toContain("repeat_contact");
    expect(result.classification?.escalationSignals).not.toContain("chargeback");
  });
  it("reads extreme frustration", () => {
    expect(result.analysis?.frustration).toBeGreaterThan(85);
  });
  it("is a management escalation", () => {
    expect(result.decision?.type).toBe("management_escalation");
  });
  it("gets an empathetic reply", () => {
    expect(result.response?.tone).toBe("empathetic");
    expect(result.response?.type).toBe("escalation_acknowledgment");
  });
});
