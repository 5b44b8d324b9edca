/**
 * `npm run bench -- persistence [--tickets N] [--concurrency 1,2,4,8] [--write]`
 *
 * 1. Per-ticket time on Memory, SQLite and PostgreSQL checkpointers, three
 *    ways in the same run, ticket by ticket in turn (so load on a shared
 *    machine hits all three alike):
 *      bare    — the framework's floor: a graph of the agent's shape with
 *                empty nodes (bare-graph.ts), the same path per ticket;
 *      agent   — the escalation agent, `agent.invoke`;
 *      client  — the production path, ThreadClient.triage: agent plus the
 *                thread lock (mutex; lock file on SQLite; advisory lock on
 *                PostgreSQL).
 *    "nodes" is the time spent inside our node functions (metrics.nodes).
 * 2. Throughput against in-process concurrency (ThreadClient.triage on
 *    distinct threads), Memory and PostgreSQL.
 *
 * PostgreSQL is TEST_DATABASE_URL (a schema of its own, dropped after);
 * skipped when unset. --write puts the tables in bench/RESULTS.md.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { InMemoryStore, type BaseCheckpointSaver } from "@langchain/langgraph";
import pg from "pg";
import { createEscalationAgent, type EscalationAgent } from "../src/agent/graph.js";
import { ThreadClient } from "../src/runtime/thread-client.js";
import { InMemoryDeliveryLedger } from "../src/delivery/ledger.js";
import { OutboxChannels } from "../src/delivery/outbox.js";
import { closeCheckpointer, openCheckpointer } from "../src/persistence/open.js";
import { PostgresCheckpointer } from "../src/persistence/postgres-checkpointer.js";
import { parsePostgresLocation } from "../src/persistence/postgres-location.js";
import { barePathOf, createBareGraph } from "./bare-graph.js";
import { ms, sectionHead, stats, writeSection } from "./results-file.js";
import { generateTickets, type GeneratedTicket } from "./tickets.js";

interface Options {
  tickets: number;
  concurrency: number[];
  write: boolean;
}

function parse(args: string[]): Options {
  const value = (flag: string) => {
    const i = args.indexOf(flag);
    return i >= 0 ? args[i + 1] : undefined;
  };
  return {
    tickets: Number(value("--tickets") ?? 150),
    concurrency: (value("--concurrency") ?? "1,2,4,8").split(",").map(Number),
    write: args.includes("--write"),
  };
}

interface Backend {
  name: string;
  /** A location for openCheckpointer, and the thread lock's scope. */
  location: string;
  /** How to open the checkpointer when not openCheckpointer(location). */
  open?: () => BaseCheckpointSaver;
  cleanup(): Promise<void>;
}

function backends(work: string): Backend[] {
  const list: Backend[] = [
    { name: "Memory", location: ":memory:", cleanup: async () => {} },
    { name: "SQLite", location: join(work, "bench.db"), cleanup: async () => {} },
  ];
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const schema = `bench_${Date.now().toString(36)}_${process.pid}`;
    const location = `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`;
    // Before/after of our one-statement writes (postgres-batch-sql.ts), in the same run.
    list.push({
      name: "PostgreSQL, PostgresSaver's statements",
      location,
      open: () => new PostgresCheckpointer(parsePostgresLocation(location), { batchedWrites: false }),
      cleanup: async () => {},
    });
    // What waiting for the WAL flush at each commit costs (an opt-in for deployments: `?options=-c synchronous_commit=off`
    // trades the last few hundred milliseconds of commits on a database crash for speed).
    list.push({
      name: "PostgreSQL, synchronous_commit=off",
      location: `${location}&options=${encodeURIComponent("-c synchronous_commit=off")}`,
      cleanup: async () => {},
    });
    list.push({
      name: "PostgreSQL",
      location,
      async cleanup() {
        const client = new pg.Client({ connectionString: url });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    });
  } else process.stderr.write("bench persistence: TEST_DATABASE_URL is not set; PostgreSQL is left out\n");
  return list;
}

function openAgent(backend: Backend, outbox: string): { agent: EscalationAgent; client: ThreadClient; checkpointer: BaseCheckpointSaver } {
  const { location } = backend;
  const checkpointer = backend.open?.() ?? openCheckpointer(location);
  const ledger = new InMemoryDeliveryLedger();
  const agent = createEscalationAgent({
    checkpointer,
    store: new InMemoryStore(),
    ledger,
    channels: ({ routing }) => new OutboxChannels(outbox, { routing, ledger }),
  });
  return { agent, client: new ThreadClient(agent, location), checkpointer };
}

interface Row {
  backend: string;
  bare: number[];
  agent: number[];
  client: number[];
  nodes: number[];
  /** CPU time of this process (all threads, GC included) per ticket: steadier than wall time on a shared machine. */
  bareCpu: number[];
  agentCpu: number[];
  clientCpu: number[];
}

/** Wall and process CPU milliseconds of one call. */
async function timed<T>(work: () => Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const value = await work();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { value, wall, cpu: (cpu.user + cpu.system) / 1000 };
}

async function perTicket(backend: Backend, tickets: GeneratedTicket[], outbox: string, warmup: number, tag: string): Promise<Row> {
  const { agent, client, checkpointer } = openAgent(backend, outbox);
  const bareSaver = backend.open?.() ?? openCheckpointer(backend.location);
  const bare = createBareGraph(bareSaver);
  const row: Row = { backend: backend.name, bare: [], agent: [], client: [], nodes: [], bareCpu: [], agentCpu: [], clientCpu: [] };
  try {
    for (const [i, g] of tickets.entries()) {
      const measured = i >= warmup;
      const input = { path: barePathOf(g.expected), status: "bot" };
      // Fresh threads on every backend (two PostgreSQL rows share a schema): every run is a first triage.
      const id = (kind: string) => `${tag}-${kind}-${g.ticket.id}`;
      const b = await timed(() => bare.invoke(input, { configurable: { thread_id: id("bare") } }));
      const a = await timed(() => agent.invoke({ ticket: { ...g.ticket, id: id("agent") } }, { configurable: { thread_id: id("agent") } }));
      const c = await timed(() => client.triage({ ...g.ticket, id: id("client") }));
      if (!measured) continue;
      row.bare.push(b.wall);
      row.bareCpu.push(b.cpu);
      row.agent.push(a.wall);
      row.agentCpu.push(a.cpu);
      row.nodes.push(Object.values(a.value.metrics.nodes).reduce((sum, n) => sum + n.ms, 0));
      row.client.push(c.wall);
      row.clientCpu.push(c.cpu);
    }
  } finally {
    await closeCheckpointer(checkpointer);
    await closeCheckpointer(bareSaver);
  }
  return row;
}

async function throughput(backend: Backend, tickets: GeneratedTicket[], outbox: string, concurrency: number, tag: string): Promise<number> {
  const { client, checkpointer } = openAgent(backend, outbox);
  try {
    await client.triage({ ...tickets[0]!.ticket, id: `warm-${tag}` });
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let i = next++; i < tickets.length; i = next++) {
          const g = tickets[i]!;
          await client.triage({ ...g.ticket, id: `${tag}-${g.ticket.id}` });
        }
      }),
    );
    return tickets.length / ((performance.now() - started) / 1000);
  } finally {
    await closeCheckpointer(checkpointer);
  }
}

export async function run(args: string[]): Promise<void> {
  const options = parse(args);
  const work = mkdtempSync(join(tmpdir(), "esc-bench-"));
  const outbox = join(work, "outbox");
  const list = backends(work);
  const warmup = 20;
  const tickets = generateTickets(options.tickets + warmup, "BENCH");
  const log = (line: string) => process.stderr.write(`bench persistence: ${line}\n`);
  try {
    const rows: Row[] = [];
    for (const [i, backend] of list.entries()) {
      log(`per ticket on ${backend.name} (${options.tickets} tickets after ${warmup} warm-up)`);
      rows.push(await perTicket(backend, tickets, outbox, warmup, `b${i}`));
    }
    const rates: Array<{ backend: string; concurrency: number; perSecond: number }> = [];
    for (const [i, backend] of list.entries()) {
      if (backend.name === "SQLite") continue;
      for (const c of options.concurrency) {
        log(`throughput on ${backend.name} at concurrency ${c}`);
        rates.push({ backend: backend.name, concurrency: c, perSecond: await throughput(backend, tickets.slice(warmup), outbox, c, `b${i}c${c}`) });
      }
    }

    const command = `npm run bench -- persistence --tickets ${options.tickets} --concurrency ${options.concurrency.join(",")}`;
    const perTicketTable = [
      "| checkpointer | bare graph (floor) | agent.invoke | ThreadClient.triage | agent − floor | of which in our nodes |",
      "| --- | ---: | ---: | ---: | ---: | ---: |",
      ...rows.map((r) => {
        const [b, a, c, n] = [stats(r.bare), stats(r.agent), stats(r.client), stats(r.nodes)];
        return `| ${r.backend} | ${ms(b.median)} (p95 ${ms(b.p95)}) | ${ms(a.median)} (p95 ${ms(a.p95)}) | ${ms(c.median)} (p95 ${ms(c.p95)}) | ${ms(a.median - b.median)} | ${ms(n.median)} |`;
      }),
    ].join("\n");
    const cpuTable = [
      "| checkpointer | bare graph (floor) | agent.invoke | ThreadClient.triage | agent − floor |",
      "| --- | ---: | ---: | ---: | ---: |",
      ...rows.map((r) => {
        const [b, a, c] = [stats(r.bareCpu), stats(r.agentCpu), stats(r.clientCpu)];
        return `| ${r.backend} | ${ms(b.mean)} | ${ms(a.mean)} | ${ms(c.mean)} | ${ms(a.mean - b.mean)} |`;
      }),
    ].join("\n");
    const throughputTable = [
      `| checkpointer | ${options.concurrency.map((c) => `concurrency ${c}`).join(" | ")} |`,
      `| --- | ${options.concurrency.map(() => "---:").join(" | ")} |`,
      ...[...new Set(rates.map((r) => r.backend))].map(
        (backend) =>
          `| ${backend} | ${options.concurrency.map((c) => `${rates.find((r) => r.backend === backend && r.concurrency === c)?.perSecond.toFixed(1)} /s`).join(" | ")} |`,
      ),
    ].join("\n");
    const body = [
      ...sectionHead("persistence — per-ticket cost beside the framework's floor, and concurrency", command),
      `Per ticket, milliseconds, median (p95) over ${options.tickets} tickets of the load-test mix (every decision type); in-memory store and ledger, file outbox.`,
      "",
      perTicketTable,
      "",
      "The same runs in CPU time of this process per ticket (mean ms; the database server's own CPU is not in it):",
      "",
      cpuTable,
      "",
      `Tickets per second with ThreadClient.triage in one process, ${options.tickets} tickets per cell:`,
      "",
      throughputTable,
    ].join("\n");
    process.stdout.write(`${body}\n`);
    if (options.write) writeSection("persistence", body);
  } finally {
    for (const backend of list) await backend.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}
