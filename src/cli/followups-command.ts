/**
 * `escalation-agent followups run|answer|list`: the satisfaction surveys
 * scheduled when tickets are resolved (seed Step 7). The definitions only:
 * followups-actions.ts, imported when one runs, does the work.
 */
import type { Command } from "commander";
import { addAgentOptions } from "./agent-options.js";
import { UsageError } from "./errors.js";
import { addDbOption } from "./store-option.js";
import type { AnswerFollowUpOptions, ListFollowUpsOptions, RunFollowUpsOptions, WatchOverdueCommandOptions } from "./followups-actions.js";

function parseSatisfaction(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 5) throw new UsageError(`--satisfaction: must be a whole number from 1 to 5, got '${value}'`);
  return n;
}

function parseNow(value: string): Date {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) throw new UsageError(`--now: not a date or time: '${value}'`);
  return at;
}

export function registerFollowUps(program: Command): void {
  const followups = program.command("followups").description("satisfaction surveys after a resolution: send the due ones, record answers");

  addDbOption(
    followups
      .command("run")
      .description("send every survey that is due, each once (the customer's email; the outbox without SMTP)")
      .option("--config <file>", "routing config JSON (default ESCALATION_CONFIG): the sender address")
      .option("--now <time>", "treat this ISO time as now (to catch up, or to test)", parseNow)
      .option("--json", "one JSON object per survey sent"),
  ).action(async (options: RunFollowUpsOptions) => (await import("./followups-actions.js")).runFollowUps(options));

  addDbOption(
    followups
      .command("answer")
      .description("record the customer's answer to the survey as the ticket's satisfaction")
      .requiredOption("--thread <id>", "the ticket's thread (its ticket id)")
      .requiredOption("--satisfaction <1-5>", "the customer's rating", parseSatisfaction),
  ).action(async (options: AnswerFollowUpOptions) => (await import("./followups-actions.js")).answerFollowUp(options));

  addAgentOptions(
    followups
      .command("overdue")
      .description(
        "escalations nobody claimed in the promised time: notify the team again, and past twice the time alert senior_support (each once, recorded on the thread)",
      )
      .option("--now <time>", "treat this ISO time as now (to catch up, or to test)", parseNow)
      .option("--json", "one JSON object per step taken"),
  ).action(async (options: WatchOverdueCommandOptions) => (await import("./followups-actions.js")).watchOverdueCommand(options));

  addDbOption(followups.command("list").description("every survey and where it stands").option("--json", "one JSON object per survey")).action(
    async (options: ListFollowUpsOptions) => (await import("./followups-actions.js")).listFollowUps(options),
  );
}
