import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { EvalItem } from "../../evals/dataset-schema.js";
import { loadDataset } from "../../evals/dataset.js";
import { runDataset } from "../../evals/runner.js";

const MINI = fileURLToPath(new URL("./fixtures/mini.jsonl", import.meta.url));

describe("runDataset", () => {
  it("runs each ticket and each follow-up on the item's thread, one case per invocation", async () => {
    const { items } = loadDataset(MINI);
    const seen: string[] = [];
    const results = await runDataset(items, { model: "rules", onItem: (item) => seen.push(item.id) });
    expect(seen).toEqual(items.map((i) => i.id));
    expect(results.map((r) => r.id)).toEqual(["MINI-HOWTO", "MINI-OUTAGE", "MINI-ALERTS", "MINI-THREAD", "MINI-THREAD#1"]);
    const followUp = results.find((r) => r.id === "MINI-THREAD#1");
    expect(followUp).toMatchObject({ itemId: "MINI-THREAD", turn: 1, forwarded: false, tier: "paid" });
    expect(followUp?.labels?.language).toBe("de");
    for (const r of results) {
      expect(r.error).toBeUndefined();
      expect(r.predicted).not.toBeNull();
      expect(r.usage).toEqual({ llmCalls: 0, promptTokens: 0, completionTokens: 0, fallbacks: 0 });
      expect(Number.isFinite(r.latencyMs) && r.latencyMs >= 0).toBe(true);
    }
    expect(results.find((r) => r.id === "MINI-OUTAGE")?.predicted?.decision).toBe("immediate_escalation");
  });

  it("marks a follow-up on a thread a human already owns as forwarded, keeping the standing decision", async () => {
    const item = EvalItem.parse({
      id: "FWD-1",
      ticket: {
        subject: "Down",
        description: "Our workspace has returned error 500 on every page for 20 minutes and nobody in the company can work.",
        customerTier: "enterprise",
      },
      labels: { category: "technical", priority: "critical", decision: "immediate_escalation", team: "engineering", must_escalate: true, language: "en" },
      turns: [{ message: "Any update? Still down." }],
    });
    const [first, second] = await runDataset([item], { model: "rules" });
    expect(first?.predicted?.decision).toBe("immediate_escalation");
    expect(second).toMatchObject({ id: "FWD-1#1", forwarded: true, labels: null, reply: null });
    expect(second?.predicted?.decision).toBe("immediate_escalation");
  });
});
