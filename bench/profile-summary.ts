/**
 * `npx tsx bench/profile-summary.ts <dir> [tickets]` — where a CPU profile's
 * time went, by area: each sample goes to the innermost frame that is our
 * code (src/<folder>) or a package, so framework time spent on our behalf
 * stays with the framework and our code's own time with us. Module loading
 * and idle time are shown apart. With `tickets`, also per ticket.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const LOADING = /esm\/(loader|translators|module_job|utils|hooks)|cjs\/loader|\/tsx\/|source_map/;

function area(chain: string[], leaf: ProfileNode): string {
  if (chain.some((url) => LOADING.test(url))) return "(module loading)";
  if (["(idle)", "(program)", "(garbage collector)"].includes(leaf.callFrame.functionName)) return leaf.callFrame.functionName;
  for (const url of chain) {
    const ours = url.match(/\/src\/([^/]+(?:\/[^/.]+(?=\/))?)/);
    if (ours && !url.includes("node_modules")) return `ours: src/${ours[1]}`;
    const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
    if (pkg) return `package: ${pkg[1]}`;
  }
  return "node internals";
}

const [dir, tickets] = process.argv.slice(2);
if (!dir) throw new Error("usage: bench/profile-summary.ts <dir with .cpuprofile> [tickets]");
// The main thread's profile is the big one (tsx's loader thread writes a small one beside it).
const file = readdirSync(dir)
  .filter((f) => f.endsWith(".cpuprofile"))
  .sort((a, b) => statSync(join(dir, b)).size - statSync(join(dir, a)).size)[0];
if (!file) throw new Error(`no .cpuprofile in ${dir}`);
const profile = JSON.parse(readFileSync(join(dir, file), "utf8")) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const totals = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const chain: string[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) chain.push(byId.get(cur)?.callFrame.url ?? "");
  const key = area(chain, byId.get(id) as ProfileNode);
  totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
});
const working = [...totals].filter(([k]) => !["(module loading)", "(idle)"].includes(k)).reduce((sum, [, ms]) => sum + ms, 0);
const perTicket = tickets ? Number(tickets) : undefined;
process.stdout.write(`| area | ms | share of working time${perTicket ? " | ms per ticket" : ""} |\n| --- | ---: | ---: |${perTicket ? " ---: |" : ""}\n`);
for (const [key, ms] of [...totals].sort((a, b) => b[1] - a[1])) {
  const share = ["(module loading)", "(idle)"].includes(key) ? "—" : `${((100 * ms) / working).toFixed(1)}%`;
  process.stdout.write(`| ${key} | ${ms.toFixed(0)} | ${share}${perTicket ? ` | ${share === "—" ? "—" : (ms / perTicket).toFixed(2)}` : ""} |\n`);
}
