/**
 * `npm run bench -- concepts [--tickets N]`
 *
 * What the learned concept reader costs: the first reading in a process
 * (reads the 1.2 MB weights, builds the stemmers), the warm cost per ticket
 * (median and p95 over generated tickets), and what it adds to the
 * installed package (the weights and snowball-stemmers). Writes the
 * "concepts" section of bench/RESULTS.md.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readConceptSignals } from "../src/rules/concepts/engine.js";
import { MODEL_DIR } from "../src/rules/concepts/model.js";
import { sectionHead, writeSection } from "./results-file.js";
import { generateTickets } from "./tickets.js";

function folderBytes(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name);
    return sum + (entry.isDirectory() ? folderBytes(path) : statSync(path).size);
  }, 0);
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

export async function run(args: string[]): Promise<void> {
  const at = args.indexOf("--tickets");
  const count = at >= 0 ? Number(args[at + 1]) : 1_000;
  const texts = generateTickets(count, "CON").map((g) => `${g.ticket.subject ?? ""}\n${g.ticket.description}`);

  const cold = performance.now();
  readConceptSignals(texts[0] ?? "", "en");
  const coldMs = performance.now() - cold;

  // Two warm-up rounds, then one measured round, one timing per ticket.
  for (let round = 0; round < 2; round++) for (const text of texts) readConceptSignals(text, "en");
  const times = texts.map((text) => {
    const started = performance.now();
    readConceptSignals(text, "en");
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  const mean = times.reduce((a, b) => a + b, 0) / times.length;

  const weightsBytes = folderBytes(MODEL_DIR);
  const stemmerBytes = folderBytes(join(import.meta.dirname, "..", "node_modules", "snowball-stemmers"));
  const lines = [
    ...sectionHead("Learned concept reader", `npm run bench -- concepts --tickets ${count}`),
    "| figure | value |",
    "| --- | ---: |",
    `| first reading in a process (loads weights, builds stemmers) | ${coldMs.toFixed(1)} ms |`,
    `| warm, per ticket: median | ${quantile(times, 0.5).toFixed(3)} ms |`,
    `| warm, per ticket: p95 | ${quantile(times, 0.95).toFixed(3)} ms |`,
    `| warm, per ticket: mean | ${mean.toFixed(3)} ms |`,
    `| tickets | ${times.length} (generated, bench/tickets.ts) |`,
    `| models/ (weights + metadata) | ${(weightsBytes / 1024 / 1024).toFixed(2)} MB |`,
    `| node_modules/snowball-stemmers | ${(stemmerBytes / 1024 / 1024).toFixed(2)} MB |`,
    "",
  ];
  writeSection("concepts", lines.join("\n"));
  process.stdout.write(`${lines.join("\n")}\n`);
}
