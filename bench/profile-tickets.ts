/**
 * `npm run bench -- profile-tickets [--tickets N] [--warmup W] [--db memory|postgres] [--out DIR] [--write]`
 *
 * Runs W tickets of the load-test mix through the agent (ThreadClient, as a
 * worker does) to warm it up — a fresh process spends its first tickets
 * compiling some 250 signal regexes and JIT-compiling the rest, which a
 * long-running worker pays once — then profiles the CPU over N more, so the
 * profile shows a worker's steady state. Prints where the time went by area
 * (profile-areas.ts), --write puts that in bench/RESULTS.md, and the profile
 * itself goes to DIR/steady.cpuprofile (default bench/profiles) for Chrome
 * DevTools. PostgreSQL is TEST_DATABASE_URL, in a schema of its own dropped
 * afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import pg from "pg";
import { createEscalationAgent } from "../src/agent/graph.js";
import { ThreadClient } from "../src/runtime/thread-client.js";
import { InMemoryDeliveryLedger } from "../src/delivery/ledger.js";
import { OutboxChannels } from "../src/delivery/outbox.js";
import { closeCheckpointer, openCheckpointer } from "../src/persistence/open.js";
import { areasOf, areaTable, type CpuProfile } from "./profile-areas.js";
import { sectionHead, writeSection } from "./results-file.js";
import { generateTickets } from "./tickets.js";

export async function run(args: string[]): Promise<void> {
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const count = Number(at("--tickets") ?? 300);
  const warmup = Number(at("--warmup") ?? 300);
  const out = at("--out") ?? "bench/profiles";
  const url = process.env.TEST_DATABASE_URL;
  const postgres = at("--db") === "postgres";
  if (postgres && !url) throw new Error("--db postgres needs TEST_DATABASE_URL");
  const schema = `prof_${Date.now().toString(36)}_${process.pid}`;
  const location = postgres ? `${url}${url!.includes("?") ? "&" : "?"}schema=${schema}` : ":memory:";
  const work = mkdtempSync(join(tmpdir(), "esc-prof-"));
  const checkpointer = openCheckpointer(location);
  const ledger = new InMemoryDeliveryLedger();
  const agent = createEscalationAgent({
    checkpointer,
    store: new InMemoryStore(),
    ledger,
    channels: ({ routing }) => new OutboxChannels(join(work, "outbox"), { routing, ledger }),
  });
  const client = new ThreadClient(agent, location);
  try {
    const tickets = generateTickets(warmup + count, "PROF");
    for (const g of tickets.slice(0, warmup)) await client.triage(g.ticket);
    const session = new Session();
    session.connect();
    await session.post("Profiler.enable");
    await session.post("Profiler.start");
    const started = performance.now();
    for (const g of tickets.slice(warmup)) await client.triage(g.ticket);
    const elapsed = performance.now() - started;
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "steady.cpuprofile"), JSON.stringify(profile));
    const backend = postgres ? "PostgreSQL" : "Memory";
    const body = [
      ...sectionHead(
        "profile — where a ticket's time goes, in a warm worker",
        `npm run bench -- profile-tickets --tickets ${count} --warmup ${warmup}${postgres ? " --db postgres" : ""}`,
      ),
      `ThreadClient.triage on ${backend}, in-memory store and ledger, file outbox, one ticket at a time: ${count} tickets of the load-test mix profiled after ${warmup} to warm up, ${(elapsed / count).toFixed(1)} ms per ticket (wall, profiler on). Each sample is charged to the innermost frame that is our code or a package, so framework time stays with the framework. The 15 largest areas:`,
      "",
      areaTable(areasOf(profile as CpuProfile), count, 15),
    ].join("\n");
    process.stdout.write(`${body}\n\nprofile: ${join(out, "steady.cpuprofile")}\n`);
    if (args.includes("--write")) writeSection("profile", body);
  } finally {
    await closeCheckpointer(checkpointer);
    rmSync(work, { recursive: true, force: true });
    if (postgres) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.end();
    }
  }
}
