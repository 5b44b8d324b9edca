/**
 * Proposals are checked before they apply: the gate replays an eval set and
 * the segment's recent tickets with the proposal; a lost critical or
 * harm-evidence escalation refuses it (journaled, nothing changes). Applied
 * changes are journaled and `rollback` restores the previous decisions.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BaseStore } from "@langchain/langgraph";
import { describe, expect, it } from "vitest";
import { evalReplay } from "../../evals/learning/gate-replay.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { applyProposal } from "../../src/learning/apply.js";
import { readApplied, readJournal, rollback, RollbackError } from "../../src/learning/in-force.js";
import { computeProposals } from "../../src/learning/proposals.js";
import { mustEscalateBilling } from "../fixtures/eval-labels.js";
import { testAgent } from "../helpers/agent.js";
import { seatCount } from "./policy-tickets.js";

/** An eval set of one: the furious 40,000 EUR overcharge (worded as `overcharge` in policy-tickets.ts), billing:enterprise at overall risk 57, harm evidence, must reach a person. */
function overchargeEvalSet(): string {
  const file = join(mkdtempSync(join(tmpdir(), "esc-gate-")), "gate.jsonl");
  const item = {
    id: "OVR-1",
    ticket: {
      subject: "This month's invoice",
      description:
        "Your invoice says 40,000 EUR instead of 4,000 this month and our account is now overdrawn, we cannot pay salaries. This is extremely frustrating!!! Absolutely unacceptable, I am furious!!!",
      customerTier: "enterprise",
    },
    labels: mustEscalateBilling(),
  };
  writeFileSync(file, JSON.stringify(item) + "\n");
  return file;
}

/** Eight needless escalations of a harmless seat-count complaint: the proposal billing:enterprise scheduledRisk 55 → 58. */
async function eightNeedless(client: ThreadClient, store: BaseStore) {
  for (let i = 1; i <= 8; i++) {
    await client.triage(seatCount(`A-${i}`));
    await client.act(`A-${i}`, { action: "resolve", agent: "billing-lead", resolved: true, appropriate: false });
  }
  const [proposal] = await computeProposals(store);
  expect(proposal).toMatchObject({ segment: "billing:enterprise", threshold: "scheduledRisk", from: 55, to: 58 });
  return proposal!;
}

describe("the learning gate", () => {
  it("refuses a proposal that would lose a harm-evidence escalation in the eval replay, and journals the refusal", { timeout: 60_000 }, async () => {
    const { agent, store } = testAgent();
    const client = new ThreadClient(agent);
    const proposal = await eightNeedless(client, store);

    const outcome = await applyProposal(store, proposal.id, { by: "sam", evalReplay: () => evalReplay(overchargeEvalSet()) });
    expect(outcome.applied).toBe(false);
    expect(outcome.gate.findings).toEqual([
      "eval set: new critical miss: OVR-1 must reach a person and would no longer be escalated",
      "eval set: escalation lost for OVR-1, which has harm evidence (money at stake: 40,000 EUR (over 1000); frustration 93 ≥ 80)",
    ]);
    expect(outcome.gate.replayed).toEqual({ eval: 1, recent: 8 });

    // Nothing changed: no threshold in force, the segment still escalates, and the refusal is on record.
    expect(await readApplied(store)).toEqual([]);
    expect((await client.triage(seatCount("A-9"))).decision?.type).toBe("scheduled_escalation");
    const journal = await readJournal(store);
    expect(journal.map((e) => [e.id, e.kind, e.by, e.from, e.to])).toEqual([[proposal.id, "refused", "sam", 55, 58]]);
  });

  it("refuses a proposal that would drop a recent ticket a person said needed one", async () => {
    const { agent, store } = testAgent();
    const client = new ThreadClient(agent);
    for (let i = 1; i <= 10; i++) {
      await client.triage(seatCount(`A-${i}`));
      // Ten verdicts, one of them "a person was needed": still lopsided enough to propose 58 (1 in 10: 92 % sure the rate is below 1/3).
      await client.act(`A-${i}`, { action: "resolve", agent: "billing-lead", resolved: true, appropriate: i === 10 });
    }
    const [proposal] = await computeProposals(store);
    expect(proposal).toMatchObject({ from: 55, to: 58 });
    const outcome = await applyProposal(store, proposal!.id, { by: "sam", evalReplay: async () => [] });
    expect(outcome.applied).toBe(false);
    expect(outcome.gate.findings).toEqual(["recent tickets: new critical miss: A-10 must reach a person and would no longer be escalated"]);
  });

  it("applies a proposal that passes on the bundled eval set, and rolls it back to the previous decisions", { timeout: 120_000 }, async () => {
    const { agent, store } = testAgent();
    const client = new ThreadClient(agent);
    const proposal = await eightNeedless(client, store);

    const outcome = await applyProposal(store, proposal.id, { by: "sam", evalReplay: () => evalReplay() });
    expect(outcome.gate.findings).toEqual([]);
    expect(outcome.applied).toBe(true);
    expect(outcome.gate.replayed.eval).toBeGreaterThan(0);
    expect((await readApplied(store)).map((a) => [a.segment, a.threshold, a.value, a.appliedBy])).toEqual([["billing:enterprise", "scheduledRisk", 58, "sam"]]);
    expect((await client.triage(seatCount("A-9"))).decision?.type).toBe("no_escalation");
    // Applied, the proposal is no longer pending.
    expect(await computeProposals(store)).toEqual([]);

    const undone = await rollback(store, proposal.id, "lead", new Date().toISOString());
    expect([undone.from, undone.to]).toEqual([58, 55]);
    expect(await readApplied(store)).toEqual([]);
    const again = await client.triage(seatCount("A-10"));
    expect(again.decision?.type).toBe("scheduled_escalation");
    expect(again.decision?.reasons).toEqual(["overall risk 57 ≥ 55 (rules)"]);
    expect((await readJournal(store)).map((e) => [e.kind, e.by])).toEqual([
      ["applied", "sam"],
      ["rolled_back", "lead"],
    ]);
    await expect(rollback(store, proposal.id, "lead", new Date().toISOString())).rejects.toThrow(RollbackError);
  });
});
