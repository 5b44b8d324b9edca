/**
 * Prometheus metrics end to end: `serve` (intake on the queue) and a
 * `worker --metrics-port 0` as real processes on PostgreSQL and Redis, a fake
 * OpenAI server that fails for one ticket (a model fallback) and a fake
 * Slack that refuses every post (a failed delivery and the fallback alerts).
 * After the batch, both /metrics are scraped and parsed, and the counts are
 * checked against what the threads, the fake model and the store say.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { afterEach, describe, expect, it } from "vitest";
import type { TriageResult } from "../../src/runtime/output.js";
import { readFollowUps } from "../../src/followups/follow-up.js";
import { readOutcomes } from "../../src/learning/outcomes.js";
import { openStore } from "../../src/persistence/open.js";
import { ROOT } from "../cli/run-cli.js";
import { seedTicket } from "../helpers/agent.js";
import { startFakeSlack, type FakeSlack } from "../helpers/fakes/slack.js";
import { answerBySchema } from "../helpers/judgements.js";
import { TEST_API_KEY } from "../helpers/model-agent.js";
import { startFakeOpenAI, type FakeOpenAI } from "../helpers/openai-server.js";
import { labelSets, promtool, scrape, total, type Scrape } from "../helpers/prometheus.js";
import { bearer, INTAKE_SECRET } from "../helpers/server.js";
import { skipWithout, TEST_REDIS_URL, waitFor } from "../helpers/services.js";
import { Redis } from "ioredis";
import { enableMetrics, renderMetrics } from "../../src/observability/metrics.js";
import { watchQueue } from "../../src/worker/watches.js";
import { parseScrape } from "../helpers/prometheus.js";
import { queueHarness, type Harness } from "../worker/harness.js";
import { startWorkerProcess, stopWorkerProcesses } from "../worker/worker-cli.js";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const skip = skipWithout("TEST_DATABASE_URL", "the metrics test") || skipWithout("TEST_REDIS_URL", "the metrics test");
const BIN = fileURLToPath(new URL("../../bin/escalation-agent.js", import.meta.url));
const METRICS_TOKEN = "metrics-token-for-tests-0123456789";
const TICKETS = ["TICK-STD-001", "TICK-TECH-001", "TICK-ENT-001"];
/** Only this ticket's prompts get an error from the model: its judgements fall back to the rules. */
const FAILING_TICKET_TEXT = "Production API outage";

type Log = Record<string, unknown>;

/** `serve` on a free port with its intake on the harness's queue; resolves with its URL once it listens. */
async function startServe(h: Harness, env: Record<string, string>) {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], {
    cwd: ROOT,
    env: {
      ...process.env,
      ESCALATION_DB: h.location,
      REDIS_URL: h.settings.redisUrl,
      ESCALATION_QUEUE_PREFIX: h.settings.prefix,
      ESCALATION_OUTBOX: h.outbox,
      INTAKE_SECRET,
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let other = "";
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`serve exited (${code}): ${other}`)));
    createInterface({ input: child.stderr }).on("line", (line) => {
      if (!line.startsWith("{")) return void (other += `${line}\n`);
      const entry = JSON.parse(line) as Log;
      if (entry.msg === "agent server listening") resolve(String(entry.url));
    });
  });
  return { url, stop: () => child.kill("SIGKILL") };
}

function logLines(output: string): Log[] {
  return output
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Log);
}

/** How often each value of `key` occurs across `items`. */
function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
}

function expectNoTicketData(scraped: Scrape, forbidden: string[]): void {
  for (const sample of scraped.samples) {
    for (const value of Object.values(sample.labels)) {
      expect(value, `${sample.name} label`).not.toMatch(/@|TICK-/);
      for (const word of forbidden) expect(value, `${sample.name} label`).not.toContain(word);
    }
  }
}

describe.skipIf(skip)("metrics on serve and worker", () => {
  let h: Harness | undefined;
  let model: FakeOpenAI | undefined;
  let slack: FakeSlack | undefined;
  let serve: { stop(): void } | undefined;

  afterEach(async () => {
    stopWorkerProcesses();
    serve?.stop();
    await h?.stop();
    await model?.close();
    await slack?.close();
  });

  it("reads the queue's depth and dead letters from Redis when scraped", async () => {
    h = queueHarness();
    const redis = new Redis(TEST_REDIS_URL as string, { maxRetriesPerRequest: null });
    await enableMetrics();
    const unwatch = watchQueue(h.producer.queue, redis, h.producer.inbox.deadKey);
    try {
      // No worker runs: the doorbells wait.
      await h.producer.submit(["TICK-STD-001", "TICK-TECH-001"].map((id) => ({ threadId: id, request: { kind: "ticket" as const, ticket: seedTicket(id) } })));
      await redis.rpush(h.producer.inbox.deadKey, JSON.stringify({ item: "{}", error: "test", attempts: 5, failedAt: new Date().toISOString() }));
      const scraped = parseScrape((await renderMetrics()).body);
      expect(total(scraped, "escalation_queue_jobs", { state: "waiting" })).toBe(2);
      expect(total(scraped, "escalation_queue_jobs", { state: "active" })).toBe(0);
      expect(total(scraped, "escalation_queue_dead_letters")).toBe(1);
    } finally {
      unwatch();
      redis.disconnect();
    }
  });

  it("counts triage, model fallbacks, failed Slack deliveries and human response times as the threads record them", async () => {
    h = queueHarness();
    const answer = answerBySchema();
    model = await startFakeOpenAI((request) => (request.prompt.includes(FAILING_TICKET_TEXT) ? { status: 400, error: "model refused" } : answer(request)));
    slack = await startFakeSlack();
    slack.down = { error: "channel_not_found" };

    const worker = startWorkerProcess(h, ["--metrics-port", "0", "--model", "openai:gpt-4o-mini"], {
      OPENAI_BASE_URL: model.baseURL,
      OPENAI_API_KEY: TEST_API_KEY,
      SLACK_BOT_TOKEN: slack.token,
      SLACK_API_URL: slack.apiUrl,
      METRICS_SCAN_INTERVAL_MS: "0",
      METRICS_TOKEN: "",
    });
    const workerUrl = await waitFor(
      async () => {
        const line = logLines(worker.output()).find((l) => l.msg === "metrics listening");
        return line ? String(line.url).replace(/\/metrics$/, "") : undefined;
      },
      90_000,
      `the worker's metrics listener (output so far: ${worker.output().slice(-500)})`,
    );
    const served = await startServe(h, { METRICS_TOKEN, METRICS_SCAN_INTERVAL_MS: "0" });
    serve = served;

    for (const id of TICKETS) {
      const response = await fetch(`${served.url}/tickets`, { method: "POST", headers: bearer(), body: JSON.stringify(seedTicket(id)) });
      expect(response.status).toBe(202);
    }
    const reader = h.reader;
    const finished = async (): Promise<TriageResult[] | undefined> => {
      const results = await Promise.all(TICKETS.map((id) => reader.read(id)));
      return results.every((r) => r?.learning) ? (results as TriageResult[]) : undefined;
    };
    let results = await waitFor(finished, 90_000, "the worker to triage the batch");
    const outage = results.find((r) => r.ticketId === "TICK-ENT-001");
    expect(outage?.status).toBe("awaiting_human");

    // A person claims the outage and resolves it with the customer's satisfaction.
    await h.producer.submit([
      { threadId: "TICK-ENT-001", request: { kind: "human", action: { action: "claim", agent: "alice" } } },
      {
        threadId: "TICK-ENT-001",
        request: { kind: "human", action: { action: "resolve", agent: "alice", resolved: true, appropriate: true, satisfaction: 4 } },
      },
    ]);
    await waitFor(async () => ((await reader.read("TICK-ENT-001"))?.status === "resolved" ? true : undefined), 60_000, "the resolution");
    results = (await finished()) ?? [];
    const queueIdle = async () => {
      const counts = await h?.producer.queue.getJobCounts("waiting", "active", "delayed");
      return counts && Object.values(counts).every((n) => n === 0) ? true : undefined;
    };
    await waitFor(queueIdle, 30_000, "the queue to empty");

    const w = await scrape(workerUrl);

    // Tickets triaged, by the labels each thread's decision carries.
    expect(total(w, "escalation_tickets_triaged_total")).toBe(TICKETS.length);
    for (const [key, count] of countBy(results, (r) => JSON.stringify([r.decision?.type, r.decision?.targetTeam, r.decision?.source]))) {
      const [decision, team, source] = JSON.parse(key) as string[];
      expect(total(w, "escalation_tickets_triaged_total", { decision: decision ?? "", team: team ?? "", source: source ?? "" }), key).toBe(count);
    }
    expect(total(w, "escalation_tickets_triaged_total", { language: "en" })).toBe(TICKETS.length);

    // Hard triggers: the signals that made each immediate escalation.
    const triggers = results.flatMap((r) => (r.decision?.type === "immediate_escalation" ? (r.analysis?.immediateEscalation.reasons ?? []) : []));
    expect(triggers.length).toBeGreaterThan(0);
    for (const [signal, count] of countBy(triggers, (s) => s)) expect(total(w, "escalation_hard_triggers_total", { signal }), signal).toBe(count);
    expect(total(w, "escalation_hard_triggers_total")).toBe(triggers.length);

    // Model requests: every one the fake received, as the threads summed them; the failing ticket fell back.
    const sum = (pick: (r: TriageResult) => number) => results.reduce((n, r) => n + pick(r), 0);
    expect(total(w, "escalation_model_requests_total")).toBe(model.requests.length);
    expect(total(w, "escalation_model_requests_total")).toBe(sum((r) => r.metrics.llmCalls));
    expect(total(w, "escalation_model_requests_total", { outcome: "error" })).toBe(model.requests.filter((r) => r.prompt.includes(FAILING_TICKET_TEXT)).length);
    expect(total(w, "escalation_model_fallbacks_total")).toBe(sum((r) => r.metrics.fallbacks));
    expect(sum((r) => r.metrics.fallbacks)).toBeGreaterThan(0);
    expect(total(w, "escalation_model_fallbacks_total", { node: "read", model: "gpt-4o-mini", reason: "provider" })).toBeGreaterThan(0);
    expect(total(w, "escalation_model_tokens_total", { kind: "prompt" })).toBe(sum((r) => r.metrics.promptTokens));
    expect(total(w, "escalation_model_tokens_total", { kind: "completion" })).toBe(sum((r) => r.metrics.completionTokens));
    expect(total(w, "escalation_model_request_duration_seconds_count")).toBe(model.requests.length);

    // Deliveries: each notification the threads hold, by channel and status; Slack refused every post.
    const notifications = results.flatMap((r) => [...(r.handoff?.notifications ?? []), ...r.customerNotifications]);
    for (const [key, count] of countBy(notifications, (n) => `${n.channel}/${n.status}`)) {
      const [channel = "", status = ""] = key.split("/");
      expect(total(w, "escalation_deliveries_total", { channel, status }), key).toBe(count);
    }
    expect(total(w, "escalation_deliveries_total")).toBe(notifications.length);
    expect(total(w, "escalation_deliveries_total", { channel: "slack", status: "failed" })).toBeGreaterThan(0);
    expect(total(w, "escalation_handoff_fallback_alerts_total")).toBe(notifications.filter((n) => n.channel.startsWith("fallback_")).length);
    const failedAlerts = notifications.filter((n) => n.channel === "fallback_slack" && n.status === "failed").length;
    expect(failedAlerts).toBeGreaterThan(0);
    expect(total(w, "escalation_handoff_fallback_alerts_total", { channel: "fallback_slack", status: "failed" })).toBe(failedAlerts);
    expect(total(w, "escalation_delivery_duration_seconds_count")).toBe(notifications.length);

    // Node runs: classify ran once per ticket; nothing ran for the human actions but await_human, which is not timed.
    expect(total(w, "escalation_node_duration_seconds_count", { node: "classify" })).toBe(TICKETS.length);

    // The person's claim and resolution, against the outage's handoff.
    const handoff = outage?.handoff;
    expect(handoff).toBeTruthy();
    const human = { team: handoff?.team ?? "", urgency: handoff?.urgency ?? "" };
    expect(total(w, "escalation_time_to_claim_seconds_count", human)).toBe(1);
    expect(total(w, "escalation_time_to_resolution_seconds_count", human)).toBe(1);

    // From the store: the satisfaction the resolution recorded; the surveys as the store has them.
    const store = openStore(h.location);
    try {
      const scores = (await readOutcomes(store)).flatMap((r) => (r.verdict?.satisfaction !== undefined ? [r.verdict.satisfaction] : []));
      expect(scores).toEqual([4]);
      expect(total(w, "escalation_customer_satisfaction_count")).toBe(1);
      expect(total(w, "escalation_customer_satisfaction_sum")).toBe(4);
      expect(total(w, "escalation_customer_satisfaction_bucket", { le: "3" })).toBe(0);
      expect(total(w, "escalation_customer_satisfaction_bucket", { le: "4" })).toBe(1);
      const followUps = await readFollowUps(store);
      for (const status of ["scheduled", "sent", "failed", "answered"]) {
        expect(total(w, "escalation_followup_surveys", { status }), status).toBe(followUps.filter((f) => f.status === status).length);
      }
    } finally {
      await store.stop();
    }

    // Gauges: the queue is idle, nothing waits past its promise, the process metrics are there.
    expect(labelSets(w, "escalation_queue_jobs").map((l) => l.state)).toEqual(expect.arrayContaining(["waiting", "active", "delayed", "failed"]));
    expect(total(w, "escalation_queue_jobs", { state: "waiting" })).toBe(0);
    expect(total(w, "escalation_unclaimed_past_promise")).toBe(0);
    expect(w.families.get("process_cpu_user_seconds_total")?.type).toBe("COUNTER");
    expect(w.families.get("escalation_tickets_triaged_total")?.help).toMatch(/Triage decisions/);

    // serve: its journal handed everything to the queue; it triaged nothing itself; a token is required.
    expect((await fetch(`${served.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${served.url}/metrics`, { headers: { authorization: "Bearer wrong-token-0123456789" } })).status).toBe(401);
    const s = await scrape(served.url, METRICS_TOKEN);
    expect(total(s, "escalation_intake_journal_backlog")).toBe(0);
    expect(total(s, "escalation_tickets_triaged_total")).toBe(0);
    expect(s.families.get("process_resident_memory_bytes")?.type).toBe("GAUGE");
    // The worker's listener has no token: loopback callers only, never through a proxy.
    expect((await fetch(`${workerUrl}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);

    // No label carries a ticket id, an address or a customer's words.
    const forbidden = [...results.map((r) => r.ticketId), ...TICKETS.flatMap((id) => seedTicket(id).customerEmail ?? [])];
    expectNoTicketData(w, forbidden);
    expectNoTicketData(s, forbidden);

    // Prometheus' own parser reads both scrapes (when promtool is installed).
    const tool = promtool();
    if (tool) {
      for (const text of [w.text, s.text]) {
        const checked = spawnSync(tool, ["check", "metrics"], { input: text, encoding: "utf8" });
        const report = checked.stderr + checked.stdout;
        expect(report).not.toMatch(/error while linting/);
        // Lint remarks on prom-client's own process metrics are its business; ours have none.
        expect(report.split("\n").filter((line) => line.startsWith("escalation_"))).toEqual([]);
      }
    }
  }, 240_000);
});
