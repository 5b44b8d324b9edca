/**
 * What counts as raising a handoff (only a more urgent decision), what the
 * team reads first, and the route that sends a thread with people to decide.
 */
import { describe, expect, it } from "vitest";
import type { Handoff } from "../../../src/domain/handoff.js";
import type { Decision } from "../../../src/domain/triage.js";
import { upgradeHeadline, upgradeOf } from "../../../src/agent/nodes/forward/upgrade.js";
import { routeAfterAnalysis } from "../../../src/agent/routing.js";
import type { EscalationStateType } from "../../../src/agent/state.js";

const handoff = { team: "finance", urgency: "standard", contextPackage: { escalation: { type: "scheduled_escalation" } } } as unknown as Handoff;

const decision = (over: Partial<Decision>): Decision => ({
  type: "immediate_escalation",
  targetTeam: "finance",
  urgency: "immediate",
  expectedResponse: "within 15 minutes",
  confidence: 0.95,
  reasons: ["hard trigger: chargeback (rules)"],
  source: "rules",
  ...over,
});

describe("upgradeOf", () => {
  it("is an upgrade only when the decision is more urgent than the handoff", () => {
    expect(upgradeOf(handoff, decision({}))).toEqual({ from: { type: "scheduled_escalation", urgency: "standard" }, to: decision({}) });
    expect(upgradeOf(handoff, decision({ type: "specialist_escalation", urgency: "standard" }))).toBeNull();
    expect(upgradeOf(handoff, decision({ type: "scheduled_escalation", urgency: "scheduled" }))).toBeNull();
    expect(upgradeOf(handoff, decision({ type: "no_escalation", urgency: "immediate" }))).toBeNull();
    expect(upgradeOf(handoff, null)).toBeNull();
  });
});

describe("upgradeHeadline", () => {
  it("names the new urgency, what it was, the trigger, the promise, and another team the trigger calls for", () => {
    const upgrade = {
      from: { type: "scheduled_escalation", urgency: "standard" },
      to: decision({ targetTeam: "security_team", reasons: ["hard trigger: security_incident (rules)"] }),
    } as const;
    expect(upgradeHeadline(upgrade, "finance")).toBe(
      "Escalation raised to IMMEDIATE (was scheduled_escalation, standard): hard trigger: security_incident (rules). A person is now promised within 15 minutes. It calls for security_team.",
    );
    expect(upgradeHeadline({ ...upgrade, to: decision({}) }, "finance")).not.toContain("It calls for");
  });
});

describe("routeAfterAnalysis on a thread with people", () => {
  const state = (status: EscalationStateType["status"], standing: Decision["type"], trigger: boolean) =>
    ({
      status,
      decision: decision({ type: standing }),
      analysis: { immediateEscalation: { required: trigger, reasons: trigger ? ["legal_threat"] : [] } },
      findings: { latestMessage: { retracted: false, ownActivity: false, asksAPerson: false } },
    }) as unknown as EscalationStateType;

  it("sends a hard trigger the standing escalation lacks to decide, claimed or not", () => {
    expect(routeAfterAnalysis(state("awaiting_human", "specialist_escalation", true))).toBe("decide");
    expect(routeAfterAnalysis(state("human_owned", "scheduled_escalation", true))).toBe("decide");
  });

  it("forwards when nothing new demands a person now, or the escalation is already immediate", () => {
    expect(routeAfterAnalysis(state("awaiting_human", "specialist_escalation", false))).toBe("forward");
    expect(routeAfterAnalysis(state("human_owned", "immediate_escalation", true))).toBe("forward");
  });
});
