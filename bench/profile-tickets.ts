/**
 * `node --cpu-prof --cpu-prof-dir=<dir> --import tsx bench/run.ts profile-tickets [--tickets N] [--db memory|postgres]`
 *
 * Runs N tickets of the load-test mix through the agent (ThreadClient, as a
 * worker does) so a CPU profile shows where a ticket's time goes; read the
 * profile with `npx tsx bench/profile-summary.ts <dir>`. PostgreSQL is
 * TEST_DATABASE_URL, in a schema of its own dropped afterwards.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore } from "@langchain/langgraph";
import pg from "pg";
import { createEscalationAgent } from "../src/graph/graph.js";
import { ThreadClient } from "../src/graph/thread-client.js";
import { InMemoryDeliveryLedger } from "../src/tools/channels/ledger.js";
import { OutboxChannels } from "../src/tools/channels/outbox.js";
import { closeCheckpointer, openCheckpointer } from "../src/tools/persistence.js";
import { generateTickets } from "./tickets.js";

export async function run(args: string[]): Promise<void> {
  const at = (flag: string) => (args.includes(flag) ? args[args.indexOf(flag) + 1] : undefined);
  const count = Number(at("--tickets") ?? 200);
  const url = process.env.TEST_DATABASE_URL;
  const postgres = at("--db") === "postgres";
  if (postgres && !url) throw new Error("--db postgres needs TEST_DATABASE_URL");
  const schema = `prof_${Date.now().toString(36)}_${process.pid}`;
  const location = postgres ? `${url}${url!.includes("?") ? "&" : "?"}schema=${schema}` : ":memory:";
  const work = mkdtempSync(join(tmpdir(), "esc-prof-"));
  const checkpointer = openCheckpointer(location);
  const ledger = new InMemoryDeliveryLedger();
  const agent = createEscalationAgent({ checkpointer, store: new InMemoryStore(), ledger, channels: ({ routing }) => new OutboxChannels(join(work, "outbox"), { routing, ledger }) });
  const client = new ThreadClient(agent, location);
  try {
    const tickets = generateTickets(count, "PROF");
    const started = performance.now();
    for (const g of tickets) await client.triage(g.ticket);
    process.stdout.write(`${count} tickets on ${postgres ? "PostgreSQL" : "Memory"}: ${((performance.now() - started) / count).toFixed(1)} ms per ticket (wall)\n`);
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
