/**
 * The learning curve: the held-out items scored after feeding the first N
 * history verdicts, for several N, as a Markdown table (for RESULTS.md) and
 * the thresholds learned at each N.
 *
 *   npx tsx evals/learning/curve.ts \
 *     --history evals/datasets/history/train.jsonl \
 *     --dataset evals/datasets/history/holdout.jsonl \
 *     --sizes 0,25,50,100,150,200
 */
import { parseArgs } from "node:util";
import { percent } from "../format.js";
import { loadDataset } from "../dataset.js";
import { headline, scoreRun, type Headline } from "../scorers/scorecard.js";
import { createEvalAgent, runItem } from "../runner.js";
import type { BaseStore } from "@langchain/langgraph";
import type { CaseResult } from "../case-result.js";
import { feedHistory } from "./feed.js";
import { loadHistory } from "./history.js";
import { learnedAdjustments } from "./learn-from.js";

const { values } = parseArgs({
  options: {
    history: { type: "string", default: "evals/datasets/history/train.jsonl" },
    dataset: { type: "string", default: "evals/datasets/history/holdout.jsonl" },
    sizes: { type: "string", default: "0,25,50,100,150,200" },
    model: { type: "string", default: "rules" },
  },
});

const history = loadHistory(values.history);
const dataset = loadDataset(values.dataset);
const problems = [...history.problems, ...dataset.problems];
if (problems.length > 0) {
  for (const p of problems) process.stderr.write(`error: ${p.location}: ${p.field}: ${p.message}\n`);
  process.exit(2);
}
const sizes = values.sizes.split(",").map((s) => Number(s.trim()));

interface Point {
  size: number;
  verdicts: number;
  metrics: Headline;
  learned: string[];
  /** Proposals the gate applied and refused while the history was fed (feed.ts applies every 25 tickets). */
  applied: number;
  refused: number;
}

const points: Point[] = [];
for (const size of sizes) {
  const { agent, dispose } = createEvalAgent();
  try {
    const store = agent.store as BaseStore;
    const feed = await feedHistory(agent, store, history.rows.slice(0, size), { model: values.model });
    const results: CaseResult[] = [];
    for (const item of dataset.items) results.push(...(await runItem(agent, item, { model: values.model })));
    points.push({
      size,
      verdicts: feed.verdicts,
      metrics: headline(scoreRun(results)),
      learned: await learnedAdjustments(store),
      applied: feed.applied,
      refused: feed.refused,
    });
    process.stderr.write(`curve: ${size} history tickets fed\n`);
  } finally {
    dispose();
  }
}

const rows = points.map((p) => {
  const m = p.metrics;
  return `| ${p.verdicts} | ${percent(m.decisionAccuracy)} | ${percent(m.escalationPrecision)} | ${percent(m.escalationRecall)} | ${percent(m.escalationF1)} | ${percent(m.overEscalationRate)} | ${m.criticalMissCount} |`;
});
process.stdout.write(
  [
    `held-out: ${values.dataset} (${dataset.items.length} items); history: ${values.history}; model: ${values.model}`,
    "",
    "| verdicts fed | decision accuracy | escalation precision | escalation recall | escalation F1 | over-escalation | critical misses |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows,
    "",
    ...points.map(
      (p) =>
        `- after ${p.verdicts} verdicts: ${p.learned.length ? p.learned.join("; ") : "no threshold moved"} (gate: ${p.applied} proposal(s) applied, ${p.refused} refused)`,
    ),
    "",
  ].join("\n"),
);
