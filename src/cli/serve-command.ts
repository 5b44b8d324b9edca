/**
 * `escalation-agent serve`: the agent console over HTTP — the ticket intake
 * webhook, Slack interactivity and the ticket context pages (src/server).
 * Runs until SIGTERM or SIGINT, then stops gracefully. The definition only;
 * serve-run.ts, imported when it runs, does the work.
 */
import type { Command } from "commander";
import type { ServerFlags } from "../server/config.js";
import { addAgentOptions, type AgentCliOptions } from "./agent-options.js";

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
    const { runServe } = await import("./serve-run.js");
    await runServe(options);
  });
}
