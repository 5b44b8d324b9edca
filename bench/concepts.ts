/**
 * `npm run bench -- concepts [--tickets N]`
 *
 * What the learned readers cost: the concept reader's first reading in a
 * process (reads the 1.2 MB weights, builds the stemmers), its warm cost per
 * ticket (median and p95 over generated tickets), the same for the ticket
 * reader (src/rules/ticket-reader/, its 128 KB of weights), and what they
 * add to the installed package (the weights and snowball-stemmers). Writes
 * the "concepts" section of bench/RESULTS.md.
 */
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { readConceptSignals } from "../src/rules/concepts/engine.js";
import { MODEL_DIR } from "../src/rules/concepts/model.js";
import { readTicket } from "../src/rules/ticket-reader/read.js";
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

  const concepts = timeReader(texts, (text) => readConceptSignals(text, "en"));
  const tickets = generateTickets(count, "TRD").map((g) => g.ticket);
  const ticketReader = timeReader(tickets, (ticket) => readTicket(ticket.subject ?? "", [ticket.description ?? ""], "en", "reporting"));

  const weightsBytes = folderBytes(MODEL_DIR);
  const stemmerBytes = folderBytes(join(import.meta.dirname, "..", "node_modules", "snowball-stemmers"));
  const lines = [
    ...sectionHead("Learned readers (concepts, whole tickets)", `npm run bench -- concepts --tickets ${count}`),
    "| figure | value |",
    "| --- | ---: |",
    `| concept reader: first reading in a process (loads weights, builds stemmers) | ${concepts.coldMs.toFixed(1)} ms |`,
    `| concept reader: warm, per ticket: median | ${quantile(concepts.times, 0.5).toFixed(3)} ms |`,
    `| concept reader: warm, per ticket: p95 | ${quantile(concepts.times, 0.95).toFixed(3)} ms |`,
    `| concept reader: warm, per ticket: mean | ${concepts.mean.toFixed(3)} ms |`,
    `| ticket reader: first reading in a process (loads weights) | ${ticketReader.coldMs.toFixed(1)} ms |`,
    `| ticket reader: warm, per ticket: median | ${quantile(ticketReader.times, 0.5).toFixed(3)} ms |`,
    `| ticket reader: warm, per ticket: p95 | ${quantile(ticketReader.times, 0.95).toFixed(3)} ms |`,
    `| ticket reader: warm, per ticket: mean | ${ticketReader.mean.toFixed(3)} ms |`,
    `| tickets | ${concepts.times.length} (generated, bench/tickets.ts) |`,
    `| models/ (weights + metadata) | ${(weightsBytes / 1024 / 1024).toFixed(2)} MB |`,
    `| node_modules/snowball-stemmers | ${(stemmerBytes / 1024 / 1024).toFixed(2)} MB |`,
    "",
  ];
  writeSection("concepts", lines.join("\n"));
  process.stdout.write(`${lines.join("\n")}\n`);
}

/** The first call's time, then one warm timing per input after two warm-up rounds. */
function timeReader<T>(inputs: readonly T[], read: (input: T) => unknown): { coldMs: number; times: number[]; mean: number } {
  const first = inputs[0];
  const cold = performance.now();
  if (first !== undefined) read(first);
  const coldMs = performance.now() - cold;
  for (let round = 0; round < 2; round++) for (const input of inputs) read(input);
  const times = inputs.map((input) => {
    const started = performance.now();
    read(input);
    return performance.now() - started;
  });
  times.sort((a, b) => a - b);
  return { coldMs, times, mean: times.reduce((a, b) => a + b, 0) / Math.max(1, times.length) };
}
