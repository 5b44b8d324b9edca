/**
 * `npm run bench -- workers [--tickets N] [--concurrency 1,4] [--write]`
 *
 * Worker scaling: the same N tickets through 1, then 2 `escalation-agent
 * worker` processes (at each concurrency given) sharing PostgreSQL and Redis.
 * Timed from the moment every worker is up until the queue is empty, so
 * process start-up is not counted. Needs TEST_DATABASE_URL and TEST_REDIS_URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { RequestQueue } from "../src/runtime/queue/producer.js";
import { openRedis, type QueueSettings } from "../src/runtime/queue/settings.js";
import { spawnWorker, type WorkerProcess } from "./load/worker-process.js";
import { sectionHead, writeSection } from "./results-file.js";
import { generateTickets } from "./tickets.js";

function option(args: string[], flag: string, fallback: number): number {
  const i = args.indexOf(flag);
  return i >= 0 ? Number(args[i + 1]) : fallback;
}

async function oneRun(processes: number, count: number, concurrency: number): Promise<number> {
  const databaseUrl = process.env.TEST_DATABASE_URL;
  const redisUrl = process.env.TEST_REDIS_URL;
  if (!databaseUrl || !redisUrl) throw new Error("bench workers needs TEST_DATABASE_URL and TEST_REDIS_URL");
  const stamp = `${Date.now().toString(36)}_${process.pid}_${processes}`;
  const schema = `benchw_${stamp}`;
  const settings: QueueSettings = { redisUrl, prefix: `benchw_${stamp}` };
  const work = mkdtempSync(join(tmpdir(), "esc-benchw-"));
  const env = { db: `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}schema=${schema}`, redisUrl, prefix: settings.prefix, outbox: join(work, "outbox") };
  const redis = openRedis(settings);
  const queue = new RequestQueue(redis, settings);
  const workers: WorkerProcess[] = [];
  try {
    const tickets = generateTickets(count, `W${processes}`);
    await queue.submit(tickets.map((g) => ({ threadId: g.ticket.id, request: { kind: "ticket", ticket: g.ticket } })));
    for (let i = 0; i < processes; i++) workers.push(spawnWorker(`w${i}`, env, join(work, `w${i}.log`), ["--concurrency", String(concurrency)], "info"));
    await Promise.all(workers.map((w) => w.started));
    const started = performance.now();
    for (;;) {
      if ((await queue.inbox.countThreadsWithMail()) === 0) {
        const counts = await queue.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0)) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return count / ((performance.now() - started) / 1000);
  } finally {
    for (const w of workers) w.child.kill("SIGTERM");
    await Promise.all(workers.map((w) => w.exited));
    await queue.close();
    let cursor = "0";
    do {
      const [next, keys] = await redis.scan(cursor, "MATCH", `${settings.prefix}:*`, "COUNT", 1000);
      cursor = next;
      if (keys.length > 0) await redis.del(...keys);
    } while (cursor !== "0");
    redis.disconnect();
    const client = new pg.Client({ connectionString: databaseUrl });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
    rmSync(work, { recursive: true, force: true });
  }
}

export async function run(args: string[]): Promise<void> {
  const count = option(args, "--tickets", 400);
  const at = args.indexOf("--concurrency");
  const levels = (at >= 0 ? (args[at + 1] ?? "4") : "1,4").split(",").map(Number);
  const rates: Array<{ processes: number; concurrency: number; perSecond: number }> = [];
  for (const concurrency of levels) {
    for (const processes of [1, 2]) {
      process.stderr.write(`bench workers: ${count} tickets, ${processes} worker process(es) at concurrency ${concurrency}\n`);
      rates.push({ processes, concurrency, perSecond: await oneRun(processes, count, concurrency) });
    }
  }
  const body = [
    ...sectionHead("workers — scaling from one worker process to two", `npm run bench -- workers --tickets ${count} --concurrency ${levels.join(",")}`),
    `${count} tickets (the load-test mix) through the queue to \`escalation-agent worker\` processes with the production stack: threads, outcome store and delivery ledger in PostgreSQL, queue in Redis, both on loopback on the same two cores. Timed from every worker up to the queue empty.`,
    "",
    "| concurrency per process | 1 process | 2 processes | speed-up |",
    "| ---: | ---: | ---: | ---: |",
    ...levels.map((c) => {
      const one = rates.find((r) => r.concurrency === c && r.processes === 1)?.perSecond ?? 0;
      const two = rates.find((r) => r.concurrency === c && r.processes === 2)?.perSecond ?? 0;
      return `| ${c} | ${one.toFixed(1)} tickets/s | ${two.toFixed(1)} tickets/s | ${(two / one).toFixed(2)}× |`;
    }),
  ].join("\n");
  process.stdout.write(`${body}\n`);
  if (args.includes("--write")) writeSection("workers", body);
}
