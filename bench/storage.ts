/**
 * `npm run bench -- storage [--sizes 200,1000,5000] [--backends sqlite,postgres] [--resolve-up-to 1000] [--write]`
 *
 * What a batch of short tickets (storage-tickets.ts, ~500 characters each)
 * leaves stored, and what the process running it needs, through the path a
 * user runs: for each size N and backend, a fresh database (SQLite file in a
 * temporary folder; PostgreSQL schema, dropped after) and then
 *   1. `escalation-agent triage tickets.jsonl --json` in a child process:
 *      bytes stored, its peak RSS, time per ticket;
 *   2. `threads prune --finished-before 0s`: the finished threads keep the
 *      last checkpoint of each turn; those waiting for a person stay whole;
 *   3. for sizes up to --resolve-up-to (default 1,000; 0 for none), a person
 *      claims and resolves every escalation (through the library, in this
 *      process: the CLI would start a process per action), then `threads
 *      prune` again: every thread is finished.
 * SQLite bytes: the file, its -wal/-shm/-journal and anything under locks/.
 * PostgreSQL bytes: pg_total_relation_size of the schema's tables after a
 * plain VACUUM (what autovacuum leaves: freed space reusable, files not
 * shrunk), and after VACUUM FULL (what the rows kept take) — at every
 * stage, so the next stage starts from compacted tables.
 * PostgreSQL is TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/test.
 * Run `npm run build` first: the CLI measured is the compiled one.
 */
import { loadSettings } from "../src/settings/index.js";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { openAgent } from "../src/cli/open-agent.js";
import { flagValue } from "./flags.js";
import { sectionHead, writeSection } from "./results-file.js";
import { assertBuilt, runCli, type CliRun } from "./storage-cli.js";
import { checkpointBytes, kbPerTicket, postgresFootprint, sqliteFootprint, sqliteTableBytes } from "./storage-measure.js";
import { storageTickets } from "./storage-tickets.js";

type BackendName = "sqlite" | "postgres";

interface Bytes {
  total: number;
  checkpoints: number;
  /** Per table, indexes (and on PostgreSQL, TOAST) included. */
  tables: Record<string, number>;
  /** PostgreSQL: after VACUUM FULL. */
  compacted?: number;
}

interface Backend {
  label: string;
  db: string;
  bytes(): Promise<Bytes>;
  cleanup(): Promise<void>;
}

interface Row {
  backend: string;
  tickets: number;
  escalated: number;
  triage: Bytes;
  pruned: Bytes;
  resolvedPruned?: Bytes;
  peakRss: number;
  msPerTicket: number;
  firstResultMs: number;
  lockEntries: number;
}

const log = (line: string) => process.stderr.write(`bench storage: ${line}\n`);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);

function sqliteBackend(work: string): Backend {
  const db = join(work, "db", "agent.db");
  return {
    label: "SQLite",
    db,
    async bytes() {
      const tables = sqliteTableBytes(db);
      return { total: sqliteFootprint(db).totalBytes, checkpoints: checkpointBytes(tables), tables };
    },
    cleanup: async () => {},
  };
}

function postgresBackend(tag: string): Backend {
  const url = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
  const schema = `bench_storage_${Date.now().toString(36)}_${process.pid}_${tag}`;
  const withClient = async <T>(work: (client: pg.Client) => Promise<T>): Promise<T> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      return await work(client);
    } finally {
      await client.end();
    }
  };
  const vacuum = async (client: pg.Client, full: boolean) => {
    const tables = Object.keys((await postgresFootprint((sql, params) => client.query(sql, params), schema)).tables);
    for (const table of tables) await client.query(`VACUUM ${full ? "FULL " : ""}"${schema}"."${table}"`);
  };
  return {
    label: "PostgreSQL",
    db: `${url}${url.includes("?") ? "&" : "?"}schema=${schema}`,
    bytes: () =>
      withClient(async (client) => {
        await vacuum(client, false);
        const plain = await postgresFootprint((sql, params) => client.query(sql, params), schema);
        await vacuum(client, true);
        const full = await postgresFootprint((sql, params) => client.query(sql, params), schema);
        return { total: plain.totalBytes, checkpoints: plain.checkpointBytes, tables: plain.tables, compacted: full.totalBytes };
      }),
    cleanup: () => withClient((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`)).then(() => undefined),
  };
}

function progress(label: string, total: number) {
  let lastLine = 0;
  return (done: number, rss: number | undefined, elapsedMs: number, finished: boolean) => {
    // A line every 10 s, and the last one: readable in a log, alive on a terminal.
    if (!finished && (rss === undefined || elapsedMs - lastLine < 10_000)) return;
    lastLine = elapsedMs;
    log(`${label}: triage ${done}/${total} after ${(elapsedMs / 1000).toFixed(0)} s${rss ? `, RSS ${mb(rss)} MB` : ""}`);
  };
}

function failed(what: string, run: CliRun): Error {
  return new Error(`${what} exited ${run.code}: ${run.stderr.slice(-2000)}`);
}

async function prune(backend: Backend, env: Record<string, string>, keep: string): Promise<string> {
  let report = "";
  const run = await runCli(["threads", "prune", "--finished-before", "0s", "--keep", keep, "--json", "--db", backend.db], env, (line) => (report = line));
  if (run.code !== 0) throw failed("threads prune", run);
  return report;
}

/** A person claims and resolves each escalated thread, so every thread is finished. */
async function resolveAll(db: string, threadIds: string[]): Promise<void> {
  const agent = openAgent({ db, settings: loadSettings() });
  try {
    for (const [i, threadId] of threadIds.entries()) {
      await agent.client.act(threadId, { action: "claim", agent: "bench" });
      await agent.client.act(threadId, { action: "resolve", agent: "bench", resolved: true, appropriate: true, via: "cli", osUser: "bench" });
      if ((i + 1) % 500 === 0) log(`  resolved ${i + 1}/${threadIds.length}`);
    }
  } finally {
    await agent.close();
  }
}

async function measure(name: BackendName, size: number, resolve: boolean, keep: string): Promise<Row> {
  const work = mkdtempSync(join(tmpdir(), "esc-bench-storage-"));
  mkdirSync(join(work, "db"));
  const backend = name === "sqlite" ? sqliteBackend(work) : postgresBackend(String(size));
  const label = `${backend.label}, ${size} tickets`;
  // The outbox stands in for mail, Slack and the ticketing system: outside the threads database, not counted.
  const env = { ESCALATION_OUTBOX: join(work, "outbox") };
  const file = join(work, "tickets.jsonl");
  writeFileSync(
    file,
    storageTickets(size)
      .map(({ ticket }) => JSON.stringify(ticket) + "\n")
      .join(""),
  );
  try {
    const waiting: string[] = [];
    const run = await runCli(
      ["triage", file, "--json", "--db", backend.db],
      env,
      (line) => {
        const result = JSON.parse(line) as { ticketId: string; status: string };
        if (result.status === "awaiting_human") waiting.push(result.ticketId);
      },
      progress(label, size),
    );
    if (run.code !== 0) throw failed("triage", run);
    const at = run.resultAt;
    const row: Row = {
      backend: backend.label,
      tickets: size,
      escalated: waiting.length,
      triage: await backend.bytes(),
      pruned: { total: 0, checkpoints: 0, tables: {} },
      peakRss: run.peakRssBytes,
      msPerTicket: at.length > 1 ? ((at.at(-1) ?? 0) - (at[0] ?? 0)) / (at.length - 1) : run.wallMs,
      firstResultMs: at[0] ?? run.wallMs,
      lockEntries: name === "sqlite" ? sqliteFootprint(backend.db).lockEntries : 0,
    };
    log(`${label}: ${kbPerTicket(row.triage.total, size)} KB/ticket after triage; pruning`);
    log(`${label}: ${await prune(backend, env, keep)}`);
    row.pruned = await backend.bytes();
    if (resolve) {
      log(`${label}: resolving ${waiting.length} escalations`);
      process.env.ESCALATION_OUTBOX = env.ESCALATION_OUTBOX;
      await resolveAll(backend.db, waiting);
      log(`${label}: ${await prune(backend, env, keep)}`);
      row.resolvedPruned = await backend.bytes();
    }
    return row;
  } finally {
    await backend.cleanup();
    rmSync(work, { recursive: true, force: true });
  }
}

function bytesCell(bytes: Bytes | undefined, tickets: number): string {
  if (!bytes) return "—";
  const main = `${kbPerTicket(bytes.total, tickets)} (${kbPerTicket(bytes.checkpoints, tickets)})`;
  return bytes.compacted === undefined ? main : `${main}; FULL ${kbPerTicket(bytes.compacted, tickets)}`;
}

export function table(rows: Row[]): string {
  return [
    "| backend | tickets | escalated (waiting) | after triage, KB/ticket | after prune | after resolve + prune | left in locks/ | peak RSS | ms/ticket | first result |",
    "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ...rows.map(
      (r) =>
        `| ${r.backend} | ${r.tickets} | ${r.escalated} | ${bytesCell(r.triage, r.tickets)} | ${bytesCell(r.pruned, r.tickets)} | ${bytesCell(r.resolvedPruned, r.tickets)} | ${r.backend === "SQLite" ? r.lockEntries : "—"} | ${mb(r.peakRss)} MB | ${r.msPerTicket.toFixed(1)} | ${(r.firstResultMs / 1000).toFixed(1)} s |`,
    ),
  ].join("\n");
}

/** Where the bytes are, table by table, for one row (KB per ticket at each stage). */
export function breakdown(row: Row): string {
  const stages = [row.triage, row.pruned, ...(row.resolvedPruned ? [row.resolvedPruned] : [])];
  const names = Object.keys(row.triage.tables).sort((a, b) => (row.triage.tables[b] ?? 0) - (row.triage.tables[a] ?? 0));
  return [
    `| ${row.backend}, ${row.tickets} tickets: table | after triage | after prune |${row.resolvedPruned ? " after resolve + prune |" : ""}`,
    `| --- |${stages.map(() => " ---: |").join("")}`,
    ...names.map((name) => `| ${name} |${stages.map((stage) => ` ${kbPerTicket(stage.tables[name] ?? 0, row.tickets)} |`).join("")}`),
  ].join("\n");
}

export async function run(args: string[]): Promise<void> {
  assertBuilt();
  const sizes = flagValue(args, "--sizes", "200,1000,5000").split(",").map(Number);
  const backends = flagValue(args, "--backends", "sqlite,postgres").split(",") as BackendName[];
  const resolveUpTo = Number(flagValue(args, "--resolve-up-to", "1000"));
  // What prune keeps of a finished thread: the last checkpoint of every turn (the default) or only the latest.
  const keep = flagValue(args, "--keep", "turns");
  const rows: Row[] = [];
  for (const name of backends) {
    for (const size of sizes) {
      rows.push(await measure(name, size, size <= resolveUpTo, keep));
      process.stderr.write(`${table(rows.slice(-1))}\n`);
    }
  }
  const command = `npm run bench -- storage --sizes ${sizes.join(",")} --backends ${backends.join(",")} --resolve-up-to ${resolveUpTo}${keep === "turns" ? "" : ` --keep ${keep}`}`;
  const body = [
    ...sectionHead("storage — bytes stored per ticket, before and after prune; peak memory of a batch", command),
    `Short tickets (bench/storage-tickets.ts: about 500 characters, every decision the rules make) through \`escalation-agent triage tickets.jsonl --json\` in a child process, a fresh database per row. KB = 1,000 bytes per ticket; in brackets, the checkpoint tables' share (the rest: outcome store and its full-text index, delivery ledger). SQLite: the database file with its -wal/-shm/-journal and any files left under locks/. PostgreSQL: pg_total_relation_size of the schema's tables after a plain VACUUM (what autovacuum leaves: freed space is reused, the files are not shrunk, only empty pages at their end are given back), and "FULL" after VACUUM FULL (what the rows kept take); each stage is measured so, so the next stage starts from compacted tables. After prune: \`threads prune --finished-before 0s --keep ${keep}\` — finished threads keep ${keep === "latest" ? "only their latest checkpoint" : "the last checkpoint of each turn"}, threads waiting for a person are left whole. After resolve + prune (sizes up to ${resolveUpTo}): a person claimed and resolved every escalation (two more turns each), then prune again. Peak RSS: the triage process's maxRSS. ms/ticket: between the first and the last result line (start-up apart); first result: from spawn.`,
    "",
    table(rows),
    "",
    "Where the bytes are: each table with its indexes (PostgreSQL: and its TOAST), KB per ticket, at the largest size up to 1,000 tickets:",
    ...backends.flatMap((name) => {
      const own = rows.filter((r) => r.backend === (name === "sqlite" ? "SQLite" : "PostgreSQL"));
      const pick = own.filter((r) => r.tickets <= 1000).at(-1) ?? own[0];
      return pick ? ["", breakdown(pick)] : [];
    }),
  ].join("\n");
  process.stdout.write(`${body}\n`);
  if (args.includes("--write")) writeSection("storage", body);
}
