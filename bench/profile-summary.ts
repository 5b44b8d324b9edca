/**
 * `npx tsx bench/profile-summary.ts <dir or .cpuprofile> [tickets]` — where a
 * CPU profile's time went, by area (see profile-areas.ts); with `tickets`,
 * also per ticket. Given a folder, reads its largest .cpuprofile (with
 * `node --cpu-prof`, tsx's loader thread writes a small one beside the main
 * thread's).
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { areasOf, areaTable, type CpuProfile } from "./profile-areas.js";

const [target, tickets] = process.argv.slice(2);
if (!target) {
  process.stderr.write("usage: npx tsx bench/profile-summary.ts <dir or .cpuprofile> [tickets]\n");
  process.exit(2);
}
const file = statSync(target).isDirectory()
  ? readdirSync(target)
      .filter((f) => f.endsWith(".cpuprofile"))
      .map((f) => join(target, f))
      .sort((a, b) => statSync(b).size - statSync(a).size)[0]
  : target;
if (!file) {
  process.stderr.write(`no .cpuprofile in ${target}\n`);
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, "utf8")) as CpuProfile;
process.stdout.write(`${areaTable(areasOf(profile), tickets ? Number(tickets) : undefined)}\n`);
