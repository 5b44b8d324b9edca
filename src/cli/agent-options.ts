/**
 * The options every agent-running command shares (--db, --config, --model)
 * and the one place that turns them into an agent and a thread client.
 */
import type { Command } from "commander";
import { createEscalationAgent } from "../graph/graph.js";
import { ThreadClient } from "../graph/thread-client.js";
import { openCheckpointer, resolveDbLocation } from "../tools/persistence.js";
import { resolveModel } from "./model-option.js";

export interface AgentCliOptions {
  db?: string;
  config?: string;
  model?: string;
}

export function addAgentOptions(command: Command): Command {
  return command
    .option("--model <model>", "rules (default) — or ESCALATION_MODEL")
    .option("--db <path>", "SQLite file for threads, or :memory: (default ESCALATION_DB or .escalation/agent.db)")
    .option("--config <file>", "routing config JSON (default ESCALATION_CONFIG)");
}

export function openThreadClient(options: AgentCliOptions): ThreadClient {
  const model = resolveModel(options.model);
  const db = resolveDbLocation(options.db);
  const routing = options.config ?? process.env.ESCALATION_CONFIG;
  const agent = createEscalationAgent({
    checkpointer: openCheckpointer(db),
    ...(routing ? { routing } : {}),
  });
  return new ThreadClient(agent, db, { model });
}
