/**
 * bench/RESULTS.md holds several benchmarks' results; each writes only its
 * own section, between `<!-- name:start -->` and `<!-- name:end -->`, and
 * appends the section the first time.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";

const FILE = new URL("./RESULTS.md", import.meta.url);

export function writeSection(name: string, body: string): void {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${body.trim()}\n${end}`;
  const current = existsSync(FILE) ? readFileSync(FILE, "utf8") : "# Benchmark results\n";
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  const next = from >= 0 && to > from ? current.slice(0, from) + block + current.slice(to + end.length) : `${current.trimEnd()}\n\n${block}\n`;
  writeFileSync(FILE, next);
}

/** How every section opens: its title, the command that reproduces it, and the machine it ran on. */
export function sectionHead(title: string, command: string): string[] {
  return [`## ${title}`, "", "```bash", command, "```", "", machineLine(), ""];
}

/** The machine a result was measured on, as one Markdown paragraph. */
export function machineLine(): string {
  const cpu = cpus()[0]?.model.trim() ?? "unknown CPU";
  return `Measured ${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC on ${cpus().length} CPUs (${cpu}), Node ${process.version}, ${process.platform}; 1-minute load average ${loadavg()[0]?.toFixed(1)} at the end of the run (the machine is shared: absolute times are upper bounds, the comparisons within one run are what counts).`;
}

export interface Stats {
  n: number;
  mean: number;
  median: number;
  p95: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { n: sorted.length, mean: sorted.reduce((a, b) => a + b, 0) / Math.max(1, sorted.length), median: at(0.5), p95: at(0.95) };
}

export const ms = (value: number) => value.toFixed(1);
