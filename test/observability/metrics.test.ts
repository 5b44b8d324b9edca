/**
 * The metrics module in one process: who may scrape, the settings' errors,
 * the escalations past their promise read from the threads, and the
 * worker's metrics flags.
 */
import { loadSettings } from "../../src/settings/index.js";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/config/errors.js";
import { SERVICE_LEVELS } from "../../src/domain/service-levels.js";
import { checkMetricsAccess } from "../../src/observability/http.js";
import { enableMetrics, renderMetrics, setModelBreakerState } from "../../src/observability/metrics.js";
import { unclaimedPastPromise, watchThreads } from "../../src/worker/watches.js";
import { runCli, tempDir } from "../cli/run-cli.js";
import { seedTicket } from "../helpers/agent.js";
import { parseScrape, total } from "../helpers/prometheus.js";
import { LocalDispatcher, type IntakeDispatcher } from "../../src/server/intake/dispatcher.js";
import { bearer, sqliteClient, startTestServer } from "../helpers/server.js";

const TOKEN = "metrics-token-for-tests-0123456789";

describe("who may scrape /metrics", () => {
  it("asks for the token when one is set, from anywhere", () => {
    expect(checkMetricsAccess({ authorization: `Bearer ${TOKEN}` }, "203.0.113.9", TOKEN)).toEqual({ ok: true });
    expect(checkMetricsAccess({}, "127.0.0.1", TOKEN)).toMatchObject({ ok: false, status: 401 });
    expect(checkMetricsAccess({ authorization: "Bearer metrics-token-for-tests-0123456780" }, "127.0.0.1", TOKEN)).toMatchObject({ ok: false, status: 401 });
  });

  it("without a token, answers loopback callers only, and none relayed by a proxy", () => {
    expect(checkMetricsAccess({}, "127.0.0.1", undefined)).toEqual({ ok: true });
    expect(checkMetricsAccess({}, "::1", undefined)).toEqual({ ok: true });
    expect(checkMetricsAccess({}, "::ffff:127.0.0.1", undefined)).toEqual({ ok: true });
    expect(checkMetricsAccess({}, "10.0.0.5", undefined)).toMatchObject({ ok: false, status: 403 });
    expect(checkMetricsAccess({ "x-forwarded-for": "203.0.113.9" }, "127.0.0.1", undefined)).toMatchObject({ ok: false, status: 403 });
  });

  it("on serve: the app's route follows the same rule", async () => {
    const open = await startTestServer();
    const guarded = await startTestServer({ config: { metricsToken: TOKEN } });
    try {
      const scraped = await fetch(`${open.url}/metrics`);
      expect(scraped.status).toBe(200);
      expect(scraped.headers.get("content-type")).toContain("text/plain");
      expect((await fetch(`${open.url}/metrics`, { headers: { "x-forwarded-for": "203.0.113.9" } })).status).toBe(403);
      expect((await fetch(`${guarded.url}/metrics`)).status).toBe(401);
      expect((await fetch(`${guarded.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(200);
    } finally {
      await open.stop();
      await guarded.stop();
    }
  });
});

describe("metrics settings", () => {
  it("refuse a short METRICS_TOKEN and a malformed scan interval, naming the variable", () => {
    expect(() => loadSettings({ METRICS_TOKEN: "short" })).toThrow(new ConfigError("METRICS_TOKEN must be at least 16 characters"));
    expect(loadSettings({ METRICS_TOKEN: "  " }).metrics.token).toBeUndefined();
    expect(() => loadSettings({ METRICS_SCAN_INTERVAL_MS: "1m" })).toThrow(/METRICS_SCAN_INTERVAL_MS must be a number of milliseconds/);
    expect(loadSettings({}).metrics.scanIntervalMs).toBe(60_000);
  });

  it("worker: a bad --metrics-port or METRICS_TOKEN exits 2 with the option named", () => {
    const port = runCli(["worker", "--metrics-port", "http"], { env: { REDIS_URL: "redis://127.0.0.1:6379" } });
    expect(port.code).toBe(2);
    expect(port.stderr).toContain("--metrics-port: must be a port number");
    const token = runCli(["worker", "--metrics-port", "0"], { env: { REDIS_URL: "redis://127.0.0.1:6379", METRICS_TOKEN: "short" } });
    expect(token.code).toBe(2);
    expect(token.stderr).toContain("METRICS_TOKEN must be at least 16 characters");
    expect(token.stderr).not.toMatch(/^\s+at /m);
  });
});

describe("the intake journal backlog", () => {
  it("counts accepted work until it is done", async () => {
    const dir = tempDir("esc-metrics-journal-");
    const local = new LocalDispatcher(sqliteClient(dir).client);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: IntakeDispatcher = {
      dispatch: async (entry) => {
        await gate;
        return local.dispatch(entry);
      },
      hasThread: (threadId) => local.hasThread(threadId),
    };
    const server = await startTestServer({ dir, dispatcher: gated });
    try {
      for (const id of ["TICK-STD-001", "TICK-ENT-001"]) {
        expect((await fetch(`${server.url}/tickets`, { method: "POST", headers: bearer(), body: JSON.stringify(seedTicket(id)) })).status).toBe(202);
      }
      const backlog = async () => total(parseScrape((await renderMetrics()).body), "escalation_intake_journal_backlog");
      expect(await backlog()).toBe(2);
      release();
      await server.tasks.drain(60_000);
      expect(await backlog()).toBe(0);
    } finally {
      release();
      await server.stop();
    }
  });
});

describe("escalations past their promise", () => {
  it("counts a handed-off ticket nobody claimed once its pick-up time has passed, by team", async () => {
    const { client } = sqliteClient(tempDir("esc-metrics-"));
    const result = await client.triage(seedTicket("TICK-ENT-001"));
    const handoff = result.handoff;
    expect(result.status).toBe("awaiting_human");
    if (!handoff) throw new Error("TICK-ENT-001 was not handed off");
    const due = Date.parse(handoff.handedOffAt) + SERVICE_LEVELS[handoff.urgency].pickUpMinutes * 60_000;

    expect(await unclaimedPastPromise(client, new Date(due - 60_000))).toEqual({});
    expect(await unclaimedPastPromise(client, new Date(due + 60_000))).toEqual({ [handoff.team]: 1 });

    // As Prometheus reads it, and gone once someone claims it.
    await enableMetrics();
    const unwatch = watchThreads(client, undefined, { scanIntervalMs: 0, now: () => new Date(due + 60_000) });
    try {
      expect(total(parseScrape((await renderMetrics()).body), "escalation_unclaimed_past_promise", { team: handoff.team })).toBe(1);
      await client.act(result.ticketId, { action: "claim", agent: "alice" });
      expect(total(parseScrape((await renderMetrics()).body), "escalation_unclaimed_past_promise")).toBe(0);
    } finally {
      unwatch();
    }
  });
});

describe("the model breaker gauge", () => {
  it("shows one state per model at a time", async () => {
    await enableMetrics();
    setModelBreakerState("gpt-4o-mini", "open");
    setModelBreakerState("gpt-4o-mini", "half_open");
    const scraped = parseScrape((await renderMetrics()).body);
    expect(total(scraped, "escalation_model_breaker_state", { model: "gpt-4o-mini", state: "half_open" })).toBe(1);
    expect(total(scraped, "escalation_model_breaker_state", { model: "gpt-4o-mini" })).toBe(1);
  });
});
