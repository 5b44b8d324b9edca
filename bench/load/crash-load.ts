/**
 * `npm run test:load` — the crash and load test (not part of `npm test`).
 *
 * 2,000 varied tickets (every decision type) plus a follow-up on every
 * tenth thread go through the queue to two `escalation-agent worker`
 * processes sharing PostgreSQL and Redis on loopback. Slack notifications go
 * to a local Slack API server that answers each post 40 ms after taking it,
 * so a killed worker is likely to die with a post made but unconfirmed; mail
 * and ticketing go to the file outbox. When about a third is done, one
 * worker is killed with SIGKILL and started again. Then it checks that every
 * ticket completed exactly once and every escalated ticket notified its team
 * exactly once — counted where the posts arrived, not where they were sent
 * from (verify.ts) — and reports throughput.
 * Exits 1 on any failure. Needs TEST_DATABASE_URL and TEST_REDIS_URL.
 *
 * LOAD_TICKETS, LOAD_CONCURRENCY (per worker, default 4) and LOAD_KEEP=1
 * (keep the schema, keys and files for inspection) change the run.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { createEscalationAgent } from "../../src/agent/graph.js";
import { ThreadClient } from "../../src/runtime/thread-client.js";
import { RequestQueue, type Submission } from "../../src/runtime/queue/producer.js";
import { openRedis, type QueueSettings } from "../../src/runtime/queue/settings.js";
import { closeCheckpointer, openCheckpointer } from "../../src/persistence/open.js";
import { startFakeSlack } from "../../test/helpers/fakes/slack.js";
import { generateTickets } from "../tickets.js";
import { calibrate } from "./calibrate.js";
import { verify, type LedgerRow } from "./verify.js";
import { logLines, spawnWorker, type WorkerEnv, type WorkerProcess } from "./worker-process.js";

const TICKETS = Number(process.env.LOAD_TICKETS ?? 2000);
const CONCURRENCY = Number(process.env.LOAD_CONCURRENCY ?? 4);
const FOLLOW_UP_EVERY = 10;
/** Kill when this share of the threads is done: well into the run, with plenty left to recover. */
const KILL_AT = 0.35;
/** A progress line this often, so a slow CI run shows it is moving. */
const PROGRESS_EVERY_MS = 10_000;
/** How long the local Slack takes to answer a post it has already taken. */
const SLACK_POST_DELAY_MS = 40;
/** The whole run must finish within this, or it fails (CI budget ~5 min). */
const DEADLINE_MS = 270_000;
/**
 * Short lock and stall check, so the killed worker's jobs come back within
 * seconds instead of BullMQ's default 30 s; a live worker renews its locks
 * every lockDuration/2, far more often than a ticket takes.
 */
const WORKER_ARGS = ["--concurrency", String(CONCURRENCY), "--lock-duration", "5000", "--stalled-interval", "2000"];

function need(name: string): string {
  const value = process.env[name];
  if (!value) {
    process.stderr.write(
      `test:load: ${name} is not set (e.g. ${name === "TEST_DATABASE_URL" ? "postgres://postgres@127.0.0.1:5432/test" : "redis://127.0.0.1:6379"})\n`,
    );
    process.exit(2);
  }
  return value;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls every millisecond (the window it looks for is tens of milliseconds long); false on timeout. */
async function waitUntil(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > until) return false;
    await sleep(1);
  }
  return true;
}

async function main(): Promise<number> {
  const databaseUrl = need("TEST_DATABASE_URL");
  const redisUrl = need("TEST_REDIS_URL");
  const stamp = `${Date.now().toString(36)}_${process.pid}`;
  const schema = `load_${stamp}`;
  const settings: QueueSettings = { redisUrl, prefix: `load_${stamp}` };
  const work = mkdtempSync(join(tmpdir(), "esc-load-"));
  const slack = await startFakeSlack(undefined, { postDelayMs: SLACK_POST_DELAY_MS });
  const env: WorkerEnv = {
    db: `${databaseUrl}${databaseUrl.includes("?") ? "&" : "?"}schema=${schema}`,
    redisUrl,
    prefix: settings.prefix,
    outbox: join(work, "outbox"),
  };
  // Each worker calls Slack under its own path, so the Slack server can tell whose post is in flight.
  const start = (name: string) =>
    spawnWorker(
      name,
      { ...env, extra: { SLACK_BOT_TOKEN: slack.token, SLACK_API_URL: slack.apiUrl.replace(/api\/$/, `${name}/api/`) } },
      join(work, `${name}.log`),
      WORKER_ARGS,
    );
  const log = (line: string) => process.stdout.write(`test:load: ${line}\n`);

  const generated = generateTickets(TICKETS, "LOAD");
  const calibration = await calibrate(generated, log);
  const withFollowUp = new Set(generated.filter((_, i) => i % FOLLOW_UP_EVERY === 0).map((g) => g.ticket.id));
  const submissions: Submission[] = [
    ...generated.map((g) => ({ threadId: g.ticket.id, request: { kind: "ticket" as const, ticket: g.ticket } })),
    ...generated
      .filter((g) => withFollowUp.has(g.ticket.id))
      .map((g) => ({ threadId: g.ticket.id, request: { kind: "message" as const, content: g.followUp } })),
  ];

  const redis = openRedis(settings);
  const producer = new RequestQueue(redis, settings);
  const workers: WorkerProcess[] = [];
  let failures: string[] = [];
  try {
    log(`${TICKETS} tickets + ${withFollowUp.size} follow-ups, 2 workers × concurrency ${CONCURRENCY}, schema ${schema}, prefix ${settings.prefix}`);
    for (let i = 0; i < submissions.length; i += 500) await producer.submit(submissions.slice(i, i + 500));

    const began = Date.now();
    workers.push(start("w1"), start("w2"));
    await Promise.all(workers.map((w) => w.started));
    const startedAt = Date.now();
    log(`workers up after ${seconds(startedAt - began)} s`);

    let killedAt: number | undefined;
    let lastProgress = startedAt;
    let killedInFlight = false;
    for (;;) {
      if (Date.now() - began > DEADLINE_MS) throw new Error(`not done after ${seconds(DEADLINE_MS)} s`);
      const waiting = await producer.inbox.countThreadsWithMail();
      const done = TICKETS - waiting;
      if (Date.now() - lastProgress >= PROGRESS_EVERY_MS) {
        lastProgress = Date.now();
        log(
          `${done}/${TICKETS} threads done after ${seconds(lastProgress - startedAt)} s (${(done / ((lastProgress - startedAt) / 1000)).toFixed(1)} threads/s so far)`,
        );
      }
      if (killedAt === undefined && done >= TICKETS * KILL_AT) {
        // Kill w1 at its worst moment: a Slack post made, its answer not yet back, the ledger still saying "sending".
        const caught = await waitUntil(() => slack.unanswered("w1") > 0, 10_000);
        killedAt = Date.now();
        workers[0]?.child.kill("SIGKILL");
        log(
          `${done}/${TICKETS} threads done after ${seconds(killedAt - startedAt)} s: SIGKILL to w1 (pid ${workers[0]?.child.pid}), ${caught ? "with a Slack post of its own in flight" : "no Slack post of its own seen in flight within 10 s"}`,
        );
        killedInFlight = caught;
        if (!caught) failures.push("w1 made no Slack post within 10 s of the kill point, so the crash did not test an unconfirmed delivery");
        await workers[0]?.exited;
        const restarted = start("w1b");
        workers.push(restarted);
        await restarted.started;
        log(`w1 restarted after ${seconds(Date.now() - killedAt)} s`);
      }
      if (waiting === 0) {
        const counts = await producer.queue.getJobCounts("waiting", "active", "delayed", "prioritized");
        if (Object.values(counts).every((n) => n === 0)) break;
      }
      await sleep(250);
    }
    const finishedAt = Date.now();
    if (killedAt === undefined) failures.push("the run ended before a worker could be killed");

    // Graceful stop of the live workers: they must exit 0.
    const live = workers.filter((w) => w.child.exitCode === null && w.child.signalCode === null);
    for (const w of live) w.child.kill("SIGTERM");
    for (const w of live) {
      const { code, signal } = await w.exited;
      if (code !== 0) failures.push(`${w.name} exited with code ${code} (signal ${signal}) on SIGTERM; see ${w.logFile}`);
    }

    const dead = await producer.inbox.deadLetters();
    if (dead.length > 0) failures.push(`${dead.length} request(s) in the dead letters, e.g. ${dead[0]?.error}`);

    const pgClient = new pg.Client({ connectionString: databaseUrl });
    await pgClient.connect();
    let ledger: LedgerRow[];
    try {
      ledger = (await pgClient.query<LedgerRow>(`SELECT id, status, attempts FROM "${schema}".notification_deliveries`)).rows;
    } finally {
      await pgClient.end();
    }
    const checkpointer = openCheckpointer(env.db);
    const reader = new ThreadClient(
      createEscalationAgent({ checkpointer, store: false, channels: { deliver: async () => ({ status: "failed", attempts: 0 }) } }),
      env.db,
    );
    const result = await verify(reader, generated, calibration, withFollowUp, env.outbox, ledger, slack.posted);
    await closeCheckpointer(checkpointer);
    failures = [...failures, ...result.failures];

    const applied = workers.flatMap((w) => logLines(w.logFile)).filter((l) => l.msg === "applied");
    const outcomes: Record<string, number> = {};
    for (const line of applied) outcomes[String(line.outcome)] = (outcomes[String(line.outcome)] ?? 0) + 1;
    const elapsed = (finishedAt - startedAt) / 1000;

    log(`done in ${elapsed.toFixed(1)} s (workers up to queue empty, kill and restart included)`);
    log(`throughput: ${(TICKETS / elapsed).toFixed(1)} tickets/s, ${(submissions.length / elapsed).toFixed(1)} requests/s`);
    log(`completed ${result.completed}/${TICKETS} threads; decisions ${JSON.stringify(result.decisions)}`);
    log(
      `requests by outcome, from the worker logs: ${JSON.stringify(outcomes)} (resumed = finished from the checkpoint a killed worker left; a line the killed worker had not yet written is missing)`,
    );
    log(
      `escalated ${result.escalated}; team notifications ${result.teamNotifications} (mail, Slack, ticketing); the Slack server received ${result.slackPosts} posts (handoffs and forwarded follow-ups), one per key`,
    );
    const lookups = slack.calls["conversations.history"] ?? 0;
    if (killedInFlight && lookups === 0) failures.push("w1 died with a Slack post unanswered, yet nobody looked it up before settling it");
    log(
      `after the crash: ${lookups} Slack lookup(s) of a post whose answer the killed worker never saw (found, so not sent again); ${result.retriedDeliveries} interrupted delivery(ies) done again under the same key (an outbox file is rewritten in place; a Slack post is redone only when the lookup did not find it)`,
    );
    log(`node runs redone after the crash: ${result.nodeReruns}`);
    log(`machine: ${cpus().length} CPUs (${cpus()[0]?.model.trim()}), node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}`);
    const types = ["no_escalation", "scheduled_escalation", "specialist_escalation", "management_escalation", "immediate_escalation"];
    for (const type of types) if (!result.decisions[type]) failures.push(`no ticket ended with ${type}`);
  } catch (error) {
    failures.push((error as Error).message);
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
    await producer.close();
    await slack.close();
    if (process.env.LOAD_KEEP !== "1") await cleanup(databaseUrl, schema, redis, settings.prefix, work);
    else log(`kept: schema ${schema}, Redis prefix ${settings.prefix}, files in ${work}`);
    redis.disconnect();
  }

  if (failures.length > 0) {
    process.stderr.write(
      `test:load: FAILED (${failures.length})\n${failures
        .slice(0, 20)
        .map((f) => `  - ${f}`)
        .join("\n")}\n`,
    );
    return 1;
  }
  log("PASSED: every ticket completed exactly once; every escalation notified its team exactly once");
  return 0;
}

async function cleanup(databaseUrl: string, schema: string, redis: ReturnType<typeof openRedis>, prefix: string, work: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
  let cursor = "0";
  do {
    const [next, keys] = await redis.scan(cursor, "MATCH", `${prefix}:*`, "COUNT", 1000);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== "0");
  rmSync(work, { recursive: true, force: true });
}

process.exitCode = await main();
