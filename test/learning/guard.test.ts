/**
 * Guard rails on what learning may move: tickets with harm evidence keep the
 * default policy whatever was learned, their verdicts move no threshold, and
 * the reasons say which threshold was in force and why a learned one was not.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { autoApply } from "../../src/learning/apply.js";
import { amountValue, harmEvidence } from "../../src/learning/harm.js";
import { putInForce } from "../../src/learning/in-force.js";
import { readOutcome } from "../../src/learning/outcomes.js";
import { computeProposals } from "../../src/learning/proposals.js";
import { testAgent } from "../helpers/agent.js";
import { angrySeatCount, overcharge, seatCount } from "./policy-tickets.js";

function setup() {
  const { agent, store } = testAgent();
  return { store, client: new ThreadClient(agent) };
}

const noEvalSet = async () => [];

describe("the learning guard", () => {
  it("after 32 'not needed' verdicts on angry seat-count tickets, the angry 40,000 EUR overcharge ticket still escalates", async () => {
    const { client, store } = setup();
    for (let i = 1; i <= 32; i++) {
      const result = await client.triage(angrySeatCount(`S-${i}`));
      expect(result.decision?.type).toBe("scheduled_escalation");
      await client.act(`S-${i}`, { action: "claim", agent: "billing-lead" });
      await client.act(`S-${i}`, { action: "resolve", agent: "billing-lead", resolved: true, appropriate: false });
    }
    // Their verdicts are on tickets with harm evidence, which a learned
    // threshold may never decide, so they move nothing…
    expect((await readOutcome(store, "S-1"))?.policy?.guard).toEqual(["frustration 100 ≥ 80"]);
    expect((await computeProposals(store)).filter((p) => p.segment === "billing:enterprise")).toEqual([]);
    expect(await autoApply(store, { evalReplay: noEvalSet })).toEqual([]);

    const after = await client.triage(overcharge("O-1"));
    expect(after.decision?.type).toBe("scheduled_escalation");
    expect(after.decision?.reasons).toContain("overall risk 64 ≥ 55 (rules)");
  });

  it("keeps the default policy for a harm-evidence ticket whatever was learned, and says so", async () => {
    const { client, store } = setup();
    // As if a proposal had raised the segment's threshold to the most any can (default + 15).
    await putInForce(
      store,
      {
        segment: "billing:enterprise",
        threshold: "scheduledRisk",
        value: 70,
        base: 55,
        warranted: 0,
        total: 12,
        proposalId: "P-test",
        appliedAt: new Date().toISOString(),
        appliedBy: "test",
      },
      null,
    );
    const guarded = await client.triage(overcharge("O-1"));
    expect(guarded.decision?.type).toBe("scheduled_escalation");
    expect(guarded.decision?.reasons).toEqual([
      "overall risk 64 ≥ 55 (rules)",
      "learning guard: learned billing:enterprise overall risk threshold 70 not applied (harm evidence: money at stake: 40,000 EUR (over 1000); frustration 93 ≥ 80); default 55 decides",
    ]);
    const trace = (await readOutcome(store, "O-1"))?.policy;
    expect(trace?.changedOutcome).toBe(false);
    expect(trace?.thresholds.scheduledRisk).toBe(55);

    // The same customer without harm evidence: the learned threshold decides, and the reasons cite it.
    const kept = await client.triage(seatCount("A-1"));
    expect(kept.decision?.type).toBe("no_escalation");
    expect(kept.decision?.reasons[0]).toBe("overall risk 57 below 70, no escalation trigger (rules)");
    expect(kept.decision?.reasons[1]).toMatch(
      /^learned: billing:enterprise tickets at overall risk 55–69 did not warrant a person in 12\/12 verdicts → threshold 70 \(default 55\)$/,
    );
    expect((await readOutcome(store, "A-1"))?.policy?.changedOutcome).toBe(true);
  });

  it("learns from verdicts on tickets without harm evidence only", async () => {
    const { client, store } = setup();
    for (let i = 1; i <= 8; i++) {
      await client.triage(seatCount(`A-${i}`));
      await client.act(`A-${i}`, { action: "resolve", agent: "billing-lead", resolved: true, appropriate: false });
    }
    const [proposal] = await computeProposals(store);
    expect(proposal).toMatchObject({ segment: "billing:enterprise", threshold: "scheduledRisk", from: 55, to: 58 });
    expect(proposal?.evidence).toMatchObject({ warranted: 0, total: 8 });
    // The past tickets it would change, replayed from the store.
    expect(proposal?.changes.map((c) => c.ticketId).sort()).toEqual(["A-1", "A-2", "A-3", "A-4", "A-5", "A-6", "A-7", "A-8"]);
    expect(proposal?.changes.every((c) => c.before && !c.after && c.warranted === false)).toBe(true);
  });
});

describe("harm evidence", () => {
  const base = { urgencyIndicators: [], escalationSignals: [], entities: { amounts: [] as string[] } };
  const harm = (over: Partial<typeof base>, frustration = 10) =>
    harmEvidence({ classification: { ...base, ...over }, frustration, managementFrustration: 80, moneyLine: 1000 });

  it("reads amounts as people write them", () => {
    expect(amountValue("40,000 EUR")).toBe(40000);
    expect(amountValue("€1.200,50")).toBe(1200.5);
    expect(amountValue("$ 4 000")).toBe(4000);
    expect(amountValue("49,90 EUR")).toBe(49.9);
    expect(amountValue("EUR")).toBeNull();
  });

  it("names each kind, and nothing for a calm ticket about a small sum", () => {
    expect(harm({ entities: { amounts: ["49 EUR"] } })).toEqual([]);
    expect(harm({ entities: { amounts: ["1,500 USD"] } })).toEqual(["money at stake: 1,500 USD (over 1000)"]);
    expect(harm({ urgencyIndicators: ["deadline"] as never })).toEqual(["impact or urgency: deadline"]);
    expect(harm({ escalationSignals: ["churn_risk", "outage"] as never })).toEqual(["relationship signal: churn_risk"]);
    expect(harm({}, 80)).toEqual(["frustration 80 ≥ 80"]);
  });
});
