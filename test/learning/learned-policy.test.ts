/**
 * Verdicts change later decisions, through the real graph, once the
 * proposal they make is applied: needless escalations in a segment raise its
 * threshold, missed ones lower it; other segments and hard triggers are
 * untouched; freeze and reset do what they say.
 */
import { describe, expect, it } from "vitest";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { autoApply } from "../../src/learning/apply.js";
import { readOutcome } from "../../src/learning/outcomes.js";
import { loadSettings, saveSettings } from "../../src/learning/settings.js";
import { recordVerdict } from "../../src/learning/verdicts.js";
import { testAgent } from "../helpers/agent.js";
import { blocker, dataLoss, scopes, seatCount, venting } from "./policy-tickets.js";

function setup() {
  const { agent, store } = testAgent();
  return { store, client: new ThreadClient(agent) };
}

/** What a cron's `learning proposals --apply-passing` does; the eval half of the gate is empty here (gate.test.ts covers it). */
async function applyPassing(store: Parameters<typeof autoApply>[0]) {
  return autoApply(store, { evalReplay: async () => [] });
}

/** A person resolves an escalated ticket, saying whether escalating it was right. */
async function resolveEscalation(client: ThreadClient, id: string, appropriate: boolean) {
  await client.act(id, { action: "claim", agent: "sam" });
  await client.act(id, { action: "resolve", agent: "sam", resolved: true, appropriate });
}

describe("the learned policy", () => {
  it("stops escalating a segment whose escalations humans found needless, and says why", async () => {
    const { client, store } = setup();
    const before = await client.triage(seatCount("A-0"));
    expect(before.analysis?.risk.overall).toBeGreaterThanOrEqual(55);
    expect(before.decision?.type).toBe("scheduled_escalation");

    // Eight verdicts is the least that moves a threshold (MIN_BAND_VERDICTS).
    for (let i = 1; i <= 8; i++) {
      const result = await client.triage(seatCount(`A-${i}`));
      expect(result.decision?.type).toBe("scheduled_escalation");
      await resolveEscalation(client, `A-${i}`, false);
    }
    // Verdicts alone change nothing: the proposal they make must be applied.
    expect((await client.triage(seatCount("A-9"))).decision?.type).toBe("scheduled_escalation");
    expect((await applyPassing(store)).map((o) => o.applied)).toEqual([true]);

    const after = await client.triage(seatCount("A-10"));
    expect(after.decision?.type).toBe("no_escalation");
    expect(after.decision?.reasons).toEqual([
      "overall risk 57 below 58, no escalation trigger (rules)",
      "learned: billing:enterprise tickets at overall risk 55–57 did not warrant a person in 8/8 verdicts → threshold 58 (default 55)",
    ]);
    expect(after.learning?.similarCases.length).toBeGreaterThan(0);
    for (const id of after.learning?.similarCases ?? []) expect(id).toMatch(/^A-[1-8]$/);
  });

  it("leaves other segments and hard triggers alone", async () => {
    const { client, store } = setup();
    for (let i = 1; i <= 8; i++) {
      await client.triage(seatCount(`A-${i}`));
      await resolveEscalation(client, `A-${i}`, false);
    }
    await applyPassing(store);
    const other = await client.triage(blocker("B-1"));
    expect(other.classification?.category).toBe("bug_report");
    expect(other.decision?.type).toBe("scheduled_escalation");
    expect(other.decision?.reasons.join(" ")).not.toMatch(/learned/);

    const trigger = await client.triage(dataLoss("D-1"));
    expect(trigger.decision?.type).toBe("immediate_escalation");
  });

  it("keeps escalating when the humans agreed with the escalations", async () => {
    const { client, store } = setup();
    for (let i = 1; i <= 10; i++) {
      await client.triage(seatCount(`A-${i}`));
      await resolveEscalation(client, `A-${i}`, true);
    }
    expect(await applyPassing(store)).toEqual([]);
    const after = await client.triage(seatCount("A-11"));
    expect(after.decision?.type).toBe("scheduled_escalation");
  });

  it("starts escalating what reviews say the bot should not have kept", async () => {
    const { client, store } = setup();
    const before = await client.triage(scopes("F-0"));
    expect(before.decision?.type).toBe("no_escalation");
    expect(before.analysis?.complexityScores.technical).toBe(50);
    for (let i = 1; i <= 8; i++) {
      expect((await client.triage(scopes(`F-${i}`))).decision?.type).toBe("no_escalation");
      // A review of a kept ticket: keeping it was wrong.
      await recordVerdict(store, `F-${i}`, { appropriate: false, resolved: true }, new Date().toISOString());
      expect((await readOutcome(store, `F-${i}`))?.verdict?.shouldHaveEscalated).toBe(true);
    }
    await applyPassing(store);
    const after = await client.triage(scopes("F-9"));
    expect(after.decision?.type).toBe("specialist_escalation");
    // The reasons cite the threshold in force, and where it came from.
    expect(after.decision?.reasons).toContain("technical complexity 50 (specialist at 50)");
    expect(after.decision?.reasons).toContain(
      "learned: integration:paid tickets at technical complexity 50–59 warranted a person in 8/8 verdicts → threshold 50 (default 60)",
    );
  });

  it("ignores verdicts given after a freeze, and all verdicts before a reset", async () => {
    const { client, store } = setup();
    await saveSettings(store, { frozenAt: new Date().toISOString(), resetAt: null });
    for (let i = 1; i <= 8; i++) {
      await client.triage(seatCount(`A-${i}`));
      await resolveEscalation(client, `A-${i}`, false);
    }
    expect(await applyPassing(store)).toEqual([]);
    const frozen = await client.triage(seatCount("A-11"));
    expect(frozen.decision?.type).toBe("scheduled_escalation");
    expect(frozen.learning?.frozen).toBe(true);

    await saveSettings(store, { frozenAt: null, resetAt: null });
    await applyPassing(store);
    expect((await client.triage(seatCount("A-12"))).decision?.type).toBe("no_escalation");

    // After a reset the verdicts say nothing, so the proposal is to return to the default.
    await saveSettings(store, { ...(await loadSettings(store)), resetAt: new Date().toISOString() });
    expect((await applyPassing(store)).map((o) => [o.proposal.to, o.applied])).toEqual([[55, true]]);
    expect((await client.triage(seatCount("A-13"))).decision?.type).toBe("scheduled_escalation");
  });

  it("records which thresholds governed each decision", async () => {
    const { client, store } = setup();
    await client.triage(venting("V-1"));
    await client.triage(scopes("F-1"));
    await client.triage(dataLoss("D-1"));
    expect((await readOutcome(store, "V-1"))?.policy?.governedBy).toEqual(["scheduledRisk"]);
    expect((await readOutcome(store, "F-1"))?.policy?.governedBy).toEqual(["scheduledRisk", "specialistTechnical"]);
    expect((await readOutcome(store, "D-1"))?.policy).toBeNull();
  });
});
