/**
 * What `escalation-agent serve` does once it runs: opens the agent and
 * serves it until SIGTERM or SIGINT, then stops gracefully. Imported by the
 * command's action (serve-command.ts), not at start-up.
 */
import { serverConfig, type ServerFlags } from "../server/config.js";
import { stopOnSignals } from "../server/lifecycle.js";
import { logBreakerChanges } from "../llm/breaker-log.js";
import { createLogger } from "../logging.js";
import { closeCheckpointer, resolveDbLocation } from "../persistence/open.js";
import type { AgentCliOptions } from "./agent-options.js";
import { openThreadClient } from "./open-agent.js";
import { UsageError } from "./errors.js";

export async function runServe(options: AgentCliOptions & ServerFlags): Promise<void> {
  const { settings } = options;
  const config = serverConfig(options, resolveDbLocation(options.db, settings.storage), settings);
  const client = openThreadClient(options);
  const checkpointer = client.agent.checkpointer;
  const log = createLogger({ secrets: settings.secrets, ...(settings.process.logLevel ? { level: settings.process.logLevel } : {}) });
  // With workers (REDIS_URL), accepted work goes to their queue instead of being triaged here.
  const queue = settings.queue.redisUrl
    ? await (
        await import("../server/intake/queue-dispatcher.js")
      ).openQueueDispatcher(client, settings.queue, (error) => log.warn({ err: error.message }, "redis connection error"))
    : undefined;
  // Fastify and the console load here, not in the start-up of every other command.
  const { startAgentServer } = await import("../server/server.js");
  const server = await startAgentServer({
    client,
    config,
    ...(queue ? { dispatcher: queue.dispatcher } : {}),
    onStopped: async () => {
      await queue?.close();
      if (checkpointer && typeof checkpointer !== "boolean") await closeCheckpointer(checkpointer);
    },
  }).catch(async (error: NodeJS.ErrnoException) => {
    await queue?.close();
    if (error.code === "EADDRINUSE") throw new UsageError(`${config.host}:${config.port} is already in use (--port, PORT)`);
    if (error.code === "EADDRNOTAVAIL") throw new UsageError(`cannot listen on ${config.host} (--host, HOST)`);
    throw error;
  });
  if (queue) server.app.log.info({ queue: queue.where }, "intake hands accepted work to the worker queue");
  logBreakerChanges(server.app.log.child({ component: "model" }));
  await stopOnSignals(server.stop, server.app.log);
}
