/**
 * `eval --learn-from`: the held-out items are scored by an agent that
 * learned nothing and by one fed a history of verdicts first (its proposals
 * applied through the gate, as a cron would); here a history of needless
 * escalations fixes a held-out over-escalation, leaves a needed escalation
 * alone, and leaves a ticket with harm evidence to the default policy.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EvalItem } from "../../evals/dataset-schema.js";
import { evaluateWithLearning } from "../../evals/learning/learn-from.js";
import { loadHistory, type HistoryRow } from "../../evals/learning/history.js";
import { tempDir } from "../cli/run-cli.js";
import { mustEscalateBilling } from "../fixtures/eval-labels.js";

const SEATS = "This is ridiculous!!! Your invoice charges us for 120 seats but we only have 80 users. So annoying and frustrating.";
const LONGSTANDING = { customerTier: "enterprise", previousTicketCount: 6, escalationHistory: ["2026-10-01 billing"] } as const;

const history: HistoryRow[] = Array.from({ length: 8 }, (_, i) => ({
  id: `H-${i + 1}`,
  ticket: { subject: "Seat count on the invoice", description: SEATS, ...LONGSTANDING, escalationHistory: [...LONGSTANDING.escalationHistory] },
  verdict: { warranted: false, resolved: true },
}));

const items = [
  EvalItem.parse({
    id: "SEATS",
    ticket: { subject: "Seats on the invoice", description: SEATS, ...LONGSTANDING, escalationHistory: [...LONGSTANDING.escalationHistory] },
    labels: { category: "billing", priority: "high", decision: "no_escalation", team: "finance", must_escalate: false, language: "en" },
  }),
  EvalItem.parse({
    id: "OVERCHARGE",
    ticket: {
      subject: "This month's invoice",
      description:
        "You charged us 40,000 EUR instead of 4,000 this month and our account is now overdrawn, we cannot pay salaries. I am extremely angry and frustrated!!! This is ridiculous and unacceptable!!!",
      ...LONGSTANDING,
      escalationHistory: [...LONGSTANDING.escalationHistory],
    },
    labels: mustEscalateBilling(),
  }),
  EvalItem.parse({
    id: "BLOCKER",
    ticket: {
      subject: "Import broken, team blocked",
      description: "This is RIDICULOUS!!! The import fails with error 500 every time and our whole team is blocked. Terrible!!",
      customerTier: "enterprise",
    },
    labels: {
      category: "bug_report",
      priority: "high",
      decision: ["scheduled_escalation", "specialist_escalation"],
      team: "engineering",
      must_escalate: true,
      language: "en",
    },
  }),
];

describe("evaluating with learning", () => {
  it("scores the same items without and with what the history taught", { timeout: 120_000 }, async () => {
    const run = await evaluateWithLearning({ items, history, model: "rules", evalReplay: async () => [] });
    const decided = (results: typeof run.withLearning) => Object.fromEntries(results.map((r) => [r.id, r.predicted?.decision]));

    expect(decided(run.withoutLearning)).toEqual({ SEATS: "scheduled_escalation", OVERCHARGE: "scheduled_escalation", BLOCKER: "scheduled_escalation" });
    expect(decided(run.withLearning)).toEqual({ SEATS: "no_escalation", OVERCHARGE: "scheduled_escalation", BLOCKER: "scheduled_escalation" });
    expect(run.feed).toMatchObject({ fed: 8, escalated: 8, verdicts: 8, failures: [], applied: 1, refused: 0 });
    expect(run.learned).toEqual([
      "learned: billing:enterprise tickets at overall risk 55–57 did not warrant a person in 8/8 verdicts → threshold 58 (default 55)",
    ]);
  });

  it("reports every bad history row with its line", () => {
    const file = join(tempDir("esc-history-"), "history.jsonl");
    writeFileSync(file, [JSON.stringify(history[0]), "{not json", JSON.stringify({ id: "X", ticket: { description: "hi" }, verdict: {} })].join("\n"));
    const loaded = loadHistory(file);
    expect(loaded.rows).toHaveLength(1);
    expect(loaded.problems.map((p) => `${p.location.split(":").at(-1)} ${p.field}`)).toEqual(["2 (json)", "3 verdict.warranted"]);
  });
});

describe("the bundled learning datasets", () => {
  it("are valid and exactly what the generator writes", async () => {
    const { historyRows, holdoutRows, HISTORY_SIZE, HISTORY_SEED, HOLDOUT_SIZE, HOLDOUT_SEED } = await import("../../evals/datasets/history/generate.js");
    const { loadDataset } = await import("../../evals/dataset.js");
    const { readFileSync } = await import("node:fs");
    const dir = new URL("../../evals/datasets/history/", import.meta.url);
    const history = loadHistory(new URL("train.jsonl", dir).pathname);
    const holdout = loadDataset(new URL("holdout.jsonl", dir).pathname);
    expect(history.problems).toEqual([]);
    expect(holdout.problems).toEqual([]);
    const lines = (rows: unknown[]) => rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
    expect(readFileSync(new URL("train.jsonl", dir), "utf8")).toBe(lines(historyRows(HISTORY_SIZE, HISTORY_SEED)));
    expect(readFileSync(new URL("holdout.jsonl", dir), "utf8")).toBe(lines(holdoutRows(HOLDOUT_SIZE, HOLDOUT_SEED)));
  });
});
