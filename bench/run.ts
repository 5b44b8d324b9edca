/**
 * `npm run bench -- <name> [options]`: runs one benchmark. Benchmarks measure
 * time and cost; tests never assert timings, they live here instead.
 */
const BENCHMARKS: Record<string, () => Promise<{ run: (args: string[]) => Promise<void> }>> = {
  llm: () => import("./llm.js"),
  "llm-cpu": () => import("./llm-cpu.js"),
  persistence: () => import("./persistence.js"),
  workers: () => import("./workers.js"),
  "profile-tickets": () => import("./profile-tickets.js"),
  signals: () => import("./signals.js"),
  "state-floor": () => import("./state-floor.js"),
  concepts: () => import("./concepts.js"),
  breaker: () => import("./breaker.js"),
  storage: () => import("./storage.js"),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? BENCHMARKS[name] : undefined;
if (!load) {
  process.stderr.write(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join("|")}> [options]\n`);
  process.exitCode = 2;
} else {
  await (await load()).run(args);
}
