/**
 * `escalation-agent serve`: the agent console over HTTP — the ticket intake
 * webhook, Slack interactivity and the ticket context pages (src/server).
 * Runs until SIGTERM or SIGINT, then stops gracefully.
 */
import type { Command } from "commander";
import { serverConfig, type ServerFlags } from "../server/config.js";
import { stopOnSignals } from "../server/lifecycle.js";
import { logBreakerChanges } from "../llm/breaker-log.js";
import { createLogger } from "../logging.js";
import { closeCheckpointer, resolveDbLocation } from "../persistence/open.js";
import { addAgentOptions, openThreadClient, type AgentCliOptions } from "./agent-options.js";
import { UsageError } from "./errors.js";

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("run the agent console: ticket intake webhook, Slack buttons, ticket context pages")
    .option("--host <host>", "interface to listen on (default HOST or 127.0.0.1; 0.0.0.0 in a container)")
    .option("--port <port>", "port to listen on (default PORT or 8080; 0 picks a free one)")
    .option(
      "--journal <file|url>",
      "intake journal: a SQLite file or postgres:// URL (default INTAKE_JOURNAL, else beside the threads: the --db file or schema)",
    );
  addAgentOptions(command).action(async (options: AgentCliOptions & ServerFlags) => {
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
  });
}
