/**
 * `escalation-agent triage <file|->`: the command's definition. Its work is
 * in triage-run.ts, imported when it runs, so --help and the other commands
 * do not load the agent.
 */
import type { Command } from "commander";
import { addAgentOptions } from "./agent-options.js";
import type { TriageCommandOptions } from "./triage-run.js";

export function registerTriage(program: Command): void {
  const command = program
    .command("triage")
    .description("triage tickets from files (a ticket, a JSON array or JSON Lines) or '-' for stdin")
    .argument("<files...>", "ticket files, or - for stdin")
    .option("--json", "one JSON object per ticket on stdout, nothing else")
    .option("--thread <id>", "thread to continue (default: the ticket id)");
  addAgentOptions(command).action(async (files: string[], options: TriageCommandOptions) => {
    const { runTriage } = await import("./triage-run.js");
    process.exitCode = await runTriage(files, options);
  });
}
