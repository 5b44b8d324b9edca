/**
 * The --db option of the commands that work on the outcome memory alone
 * (learning, follow-ups, report). Only the declaration: the store is opened
 * by with-store.ts, which the commands import when they run.
 */
import type { Command } from "commander";
import type { WithSettings } from "./settings-option.js";

export interface StoreCliOptions extends WithSettings {
  db?: string;
}

export function addDbOption(command: Command): Command {
  return command.option("--db <path|url>", "SQLite file, postgres:// URL or :memory: (default ESCALATION_DB or .escalation/agent.db)");
}
