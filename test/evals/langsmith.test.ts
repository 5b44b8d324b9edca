/**
 * The LangSmith path against a local fake of its API (127.0.0.1 only):
 * dataset sync and an experiment whose runs carry the agent's traces.
 */
import { fileURLToPath } from "node:url";
import { Client } from "langsmith";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { loadDataset } from "../../evals/dataset.js";
import { OFFLINE_NOTICE } from "../../evals/langsmith/config.js";
import { syncDataset } from "../../evals/langsmith/sync-dataset.js";
import { runEval } from "../../evals/run-eval.js";
import { startFakeLangSmith, type FakeLangSmith } from "./fake-langsmith.js";

const MINI = fileURLToPath(new URL("./fixtures/mini.jsonl", import.meta.url));
const { items } = loadDataset(MINI);

describe("LangSmith", () => {
  let fake: FakeLangSmith;
  beforeAll(async () => {
    fake = await startFakeLangSmith();
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await fake.close();
  });

  it("runs offline and says so once when LANGSMITH_API_KEY is not set", async () => {
    const log: string[] = [];
    const run = await runEval({ items: items.slice(0, 1), model: "rules", datasetName: "mini", log: (l) => log.push(l), env: {} });
    expect(log).toEqual([OFFLINE_NOTICE]);
    expect(run.langsmith).toBeNull();
    expect(run.results).toHaveLength(1);
  });

  it("syncs the dataset and uploads the run as an experiment with the agent's traces", async () => {
    // The tracer LangChain attaches inside evaluate() reads the process environment, as in the CLI.
    vi.stubEnv("LANGSMITH_API_KEY", "test-key");
    vi.stubEnv("LANGSMITH_ENDPOINT", fake.url);
    const log: string[] = [];
    const run = await runEval({ items, model: "rules", datasetName: "mini", log: (l) => log.push(l) });

    expect(log[0]).toMatch(/dataset support-escalation-agent-evals-mini synced \(4 examples: 4 new, 0 updated, 0 removed\)/);
    expect(log.join("\n")).not.toContain(OFFLINE_NOTICE);
    expect(run.langsmith).toMatchObject({ dataset: "support-escalation-agent-evals-mini" });
    expect(run.results.map((r) => r.id)).toEqual(["MINI-HOWTO", "MINI-OUTAGE", "MINI-ALERTS", "MINI-THREAD", "MINI-THREAD#1"]);

    const dataset = fake.datasets.find((d) => d.name === "support-escalation-agent-evals-mini");
    expect(
      fake.examples
        .filter((e) => e.dataset_id === dataset?.id)
        .map((e) => (e.metadata as { item_id: string }).item_id)
        .sort(),
    ).toEqual(items.map((i) => i.id).sort());
    const experiment = fake.sessions.find((s) => s.reference_dataset_id === dataset?.id);
    expect(experiment?.name).toBe(run.langsmith?.experiment);

    const runs = [...fake.runs.values()];
    const roots = runs.filter((r) => r.session_name === experiment?.name && !r.parent_run_id);
    expect(roots.every((r) => r.name === "escalationAgent" && typeof r.reference_example_id === "string")).toBe(true);
    expect(roots).toHaveLength(items.length);
    // Linked traces: the graph's nodes ran inside each example's run.
    const classify = runs.filter((r) => r.name === "classify");
    expect(classify.length).toBeGreaterThanOrEqual(5);
    const rootTraces = new Set(roots.map((r) => r.trace_id));
    for (const node of classify) expect(rootTraces.has(node.trace_id)).toBe(true);

    const keys = new Set(fake.feedback.map((f) => f.key));
    for (const key of ["decision_correct", "critical_miss", "decisionAccuracy", "criticalMissCount"]) expect(keys).toContain(key);
  }, 120_000);

  it("updates changed examples and removes deleted ones on the next sync", async () => {
    const client = new Client({ apiUrl: fake.url, apiKey: "test-key" });
    const again = await syncDataset(client, "support-escalation-agent-evals-mini", items);
    expect([again.created, again.updated, again.deleted]).toEqual([0, 0, 0]);
    const [first, ...rest] = items;
    const relabelled = { ...first!, labels: { ...first!.labels, priority: "medium" as const } };
    const changed = await syncDataset(client, "support-escalation-agent-evals-mini", [relabelled, ...rest.slice(1)]);
    expect([changed.created, changed.updated, changed.deleted]).toEqual([0, 1, 1]);
    expect(changed.examples).toHaveLength(3);
  });
});
