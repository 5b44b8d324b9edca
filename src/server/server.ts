/**
 * Starting and stopping the agent server. Start: open the intake journal,
 * listen, then replay what the journal holds from before (work accepted but
 * not finished when the last process stopped). Stop, gracefully: refuse new
 * work (readiness fails, the listener closes, requests under way finish),
 * let triage already under way finish up to a deadline, then close the
 * journal. Whatever is left is still pending in the journal for next time.
 */
import type { FastifyInstance } from "fastify";
import type { ThreadClient } from "../runtime/thread-client.js";
import { enableMetrics } from "../observability/metrics.js";
import { DEFAULT_SCAN_INTERVAL_MS, watchJournal, watchThreads } from "../worker/watches.js";
import { buildApp } from "./app.js";
import { BackgroundTasks } from "./background.js";
import { describeFeatures, type ServerConfig } from "./config.js";
import { LocalDispatcher, type IntakeDispatcher } from "./intake/dispatcher.js";
import { openIntakeJournal, type IntakeJournal } from "../runtime/intake/journal.js";
import type { IntakeProcessor } from "./intake/processor.js";
import { HttpSlackResponder, type SlackResponder } from "./slack/responder.js";

/** Done entries are kept this long (for looking into what came in), then pruned. */
const JOURNAL_RETENTION_MS = 7 * 24 * 3600 * 1000;

export interface AgentServerOptions {
  client: ThreadClient;
  config: ServerConfig;
  /** Default: openIntakeJournal(config.journalPath). */
  journal?: IntakeJournal;
  /** Default: triage in this process. A queue's dispatcher goes here. */
  dispatcher?: IntakeDispatcher;
  /** Default: chat.update with config.slack, else response_url. */
  responder?: SlackResponder;
  logStream?: { write(line: string): void };
  now?: () => Date;
  /** Runs last on stop (e.g. closing the checkpointer). */
  onStopped?: () => Promise<void>;
}

export interface AgentServer {
  app: FastifyInstance;
  /** http://host:port as listening (the real port when 0 was asked for). */
  url: string;
  processor: IntakeProcessor;
  tasks: BackgroundTasks;
  /** Resolves when the server has stopped; `drained` is false when the deadline cut background work short. */
  stop(): Promise<{ drained: boolean }>;
}

export async function startAgentServer(options: AgentServerOptions): Promise<AgentServer> {
  const { config, client } = options;
  const now = options.now ?? (() => new Date());
  const scanIntervalMs = config.scanIntervalMs ?? DEFAULT_SCAN_INTERVAL_MS;
  const journal = options.journal ?? openIntakeJournal(config.journalPath);
  const tasks = new BackgroundTasks();
  let shuttingDown = false;
  const { app, processor } = buildApp({
    config,
    client,
    journal,
    dispatcher: options.dispatcher ?? new LocalDispatcher(client),
    responder: options.responder ?? new HttpSlackResponder(config.slack),
    tasks,
    now,
    shuttingDown: () => shuttingDown,
    ...(options.logStream ? { logStream: options.logStream } : {}),
  });

  // Counting starts before the first request; the backlog and the threads are read when Prometheus scrapes.
  await enableMetrics();
  const unwatch = [watchJournal(journal), watchThreads(client, client.agent.store, { scanIntervalMs })];
  try {
    // The journal answers before anything is accepted: a database that is not there fails the start, not a request.
    await journal.ping();
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    for (const stopWatching of unwatch) stopWatching();
    await journal.close();
    throw error;
  }
  const address = app.server.address();
  const port = typeof address === "object" && address ? address.port : config.port;
  const url = `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`;
  app.log.info({ url, features: describeFeatures(config), journal: journal.where }, "agent server listening");
  if (!journal.durable)
    app.log.warn("intake journal is in memory: accepted tickets are lost if the process dies (set ESCALATION_DB or INTAKE_JOURNAL to a file)");
  const pruned = await journal.pruneDone(new Date(now().getTime() - JOURNAL_RETENTION_MS));
  if (pruned > 0) app.log.info({ pruned }, "intake: pruned old journal entries");
  const replay = () => processor.replay().catch((error: unknown) => app.log.error({ err: error }, "intake: could not read the journal to replay it"));
  await replay();
  // A shared journal: entries of an instance that died are taken over once its lease runs out, without waiting for a restart.
  const takeover = journal.takeoverIntervalMs ? setInterval(() => void replay(), journal.takeoverIntervalMs) : undefined;
  takeover?.unref();

  let stopping: Promise<{ drained: boolean }> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      shuttingDown = true;
      app.log.info("agent server stopping: no new requests");
      await closeListener(app);
      clearInterval(takeover);
      processor.stop();
      const drained = await tasks.drain(config.shutdownTimeoutMs);
      if (!drained) app.log.warn({ unfinished: tasks.size }, "shutdown deadline passed; unfinished intake stays in the journal for the next start");
      for (const stopWatching of unwatch) stopWatching();
      await journal.close().catch((error: unknown) => app.log.error({ err: error }, "intake journal did not close cleanly"));
      await options.onStopped?.();
      app.log.info({ drained }, "agent server stopped");
      return { drained };
    })());
  return { app, url, processor, tasks, stop };
}

/**
 * app.close() stops listening and waits for every open connection to end.
 * It closes the idle keep-alive connections once, at the start; one that
 * turns idle later (its request done, its client keeping it open) would
 * keep shutdown waiting for ever, so idle connections are closed again
 * until the listener is gone. Busy ones still finish their request.
 */
async function closeListener(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
  sweep.unref();
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
  }
}
