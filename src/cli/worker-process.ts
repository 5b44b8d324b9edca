/**
 * The `worker` command's process: opens the agent and the queue, logs as
 * JSON lines (pino) on stdout, and on SIGTERM or SIGINT finishes the
 * requests in progress, then closes Redis and the database and exits 0. A
 * second signal exits at once (the interrupted requests resume elsewhere).
 */
import { pino } from "pino";
import { logBreakerChanges } from "../llm/breaker-log.js";
import { createLogger } from "../logging.js";
import { startMetricsListener, type MetricsListener } from "../observability/http.js";
import { watchThreads } from "../worker/watches.js";
import { startWorker } from "../worker/worker.js";
import { describeRedis, queueSettings } from "../runtime/queue/settings.js";
import { redactUrl } from "../persistence/postgres-location.js";
import { openAgent } from "./open-agent.js";
import { UsageError } from "./errors.js";
import type { WorkerCliOptions } from "./worker-options.js";

export async function runWorkerProcess(options: WorkerCliOptions): Promise<number> {
  // Scrubbed like every log (a failed survey's SMTP error may quote its URL); stdout, where operators and the load bench read it.
  // The settings were parsed before the command ran, so a bad value has failed the start (exit 2) with nothing to close.
  const logger = createLogger({
    level: options.settings.process.logLevel ?? "info",
    secrets: options.settings.secrets,
    destination: pino.destination(1),
  }).child({ role: "worker" });
  logBreakerChanges(logger);
  const settings = queueSettings(options.settings.queue);
  const metricsToken = options.metricsPort !== undefined ? options.settings.metrics.token : undefined;
  const { scanIntervalMs } = options.settings.metrics;
  const agent = openAgent(options);
  // Before the worker takes jobs, so its first ticket is counted too.
  let metrics: MetricsListener | undefined;
  let unwatch = () => {};
  if (options.metricsPort !== undefined) {
    metrics = await startMetricsListener({ host: options.metricsHost, port: options.metricsPort, token: metricsToken }).catch(
      async (error: NodeJS.ErrnoException) => {
        await agent.close();
        if (error.code === "EADDRINUSE") throw new UsageError(`${options.metricsHost}:${options.metricsPort} is already in use (--metrics-port)`);
        if (error.code === "EADDRNOTAVAIL") throw new UsageError(`cannot listen on ${options.metricsHost} (--metrics-host)`);
        throw error;
      },
    );
    unwatch = watchThreads(agent.client, agent.store, { scanIntervalMs });
    logger.info({ url: `${metrics.url}/metrics`, access: metricsToken ? "token" : "loopback only" }, "metrics listening");
  }
  const running = await startWorker({
    client: agent.client,
    settings,
    logger,
    concurrency: options.concurrency,
    lockDurationMs: options.lockDuration,
    stalledIntervalMs: options.stalledInterval,
    // Each scheduled run also keeps the escalations' promise: unclaimed past their pick-up time, re-notify, then senior_support.
    followUps: { everyMs: options.followupsEvery, run: async (now) => (await agent.watchOverdue(now), agent.runFollowUps(now)) },
    prune: {
      everyMs: options.pruneEvery,
      run: (now) => agent.prune({ finishedBefore: new Date(now.getTime() - options.pruneFinishedBefore), keep: options.pruneKeep }),
    },
  });
  logger.info(
    {
      redis: describeRedis(settings),
      db: redactUrl(agent.db),
      concurrency: options.concurrency,
      followupsEveryMs: options.followupsEvery,
      pruneEveryMs: options.pruneEvery,
    },
    "worker started",
  );

  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGTERM", resolve);
    process.once("SIGINT", resolve);
  });
  logger.info({ signal }, "shutting down: finishing the requests in progress");
  const force = (again: NodeJS.Signals) => {
    logger.warn({ signal: again }, "second signal: exiting now");
    process.exit(130);
  };
  process.once("SIGTERM", force);
  process.once("SIGINT", force);

  await running.close();
  unwatch();
  await metrics?.close();
  await agent.close();
  const { closeAdvisoryLocks } = await import("../persistence/pg-advisory-lock.js");
  await closeAdvisoryLocks();
  logger.info("worker stopped");
  return 0;
}
