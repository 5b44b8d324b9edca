/**
 * The options every agent-running command shares (--db, --config, --model).
 * Only declarations: the commands' definitions import this at start-up, and
 * the agent itself is opened by open-agent.ts when a command runs.
 */
import type { Command } from "commander";
import type { WithSettings } from "./settings-option.js";

export interface AgentCliOptions extends WithSettings {
  db?: string;
  config?: string;
  model?: string;
}

export function addAgentOptions(command: Command): Command {
  return command
    .option("--model <model>", "rules (default, offline) or openai:<model> (OPENAI_API_KEY, OPENAI_BASE_URL) — or ESCALATION_MODEL")
    .option("--db <path|url>", "SQLite file for threads, a postgres:// URL (?schema=…), or :memory: (default ESCALATION_DB or .escalation/agent.db)")
    .option("--config <file>", "routing config JSON (default ESCALATION_CONFIG)");
}
