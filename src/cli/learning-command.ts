/**
 * `escalation-agent learning show|freeze|unfreeze|reset|configure|review`:
 * what the agent has learned from verdicts, per segment, what learning
 * changed and how much of that was reviewed, and the operator's controls
 * over it (see src/learning/settings.ts). Proposals, apply and rollback are
 * in learning-proposals-command.ts. The definitions only: what each does is
 * in learning-actions.ts, imported when one runs.
 */
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { addDbOption } from "./store-option.js";
import { registerLearningProposals } from "./learning-proposals-command.js";
import type {
  ConfigureLearningOptions,
  FreezeLearningOptions,
  ResetLearningOptions,
  ReviewLearningOptions,
  ShowLearningOptions,
  UnfreezeLearningOptions,
} from "./learning-actions.js";

function parseWarranted(value: string): boolean {
  if (/^(yes|y|true)$/i.test(value)) return true;
  if (/^(no|n|false)$/i.test(value)) return false;
  throw new UsageError(`--warranted: expected yes or no, got '${value}'`);
}

function parseMoneyLine(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`--money-line: expected a positive amount, got '${value}'`);
  return n;
}

function parseShare(value: string): number {
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(value.trim());
  const n = percent ? Number(percent[1]) / 100 : Number(value);
  if (!Number.isFinite(n) || n < 0 || n > 1) throw new UsageError(`--review-share: expected a share from 0 to 1 (or 0–100 %), got '${value}'`);
  return n;
}

export function registerLearning(program: Command): void {
  const learning = program.command("learning").description("what the agent learned from verdicts, and control over it");

  addDbOption(learning.command("show").description("learned thresholds per segment (category:tier), the evidence behind them, and what learning changed"))
    .option("--json", "one JSON object")
    .option("--all", "also the thresholds no verdict speaks to yet")
    .action(async (options: ShowLearningOptions) => (await import("./learning-actions.js")).showLearning(options));

  addDbOption(learning.command("freeze").description("stop taking in new verdicts; the policy keeps what it learned so far")).action(
    async (options: FreezeLearningOptions) => (await import("./learning-actions.js")).freezeLearning(options),
  );

  addDbOption(learning.command("unfreeze").description("learn from new verdicts again, including those given while frozen")).action(
    async (options: UnfreezeLearningOptions) => (await import("./learning-actions.js")).unfreezeLearning(options),
  );

  addDbOption(
    learning
      .command("reset")
      .description("forget every verdict given so far (they stay in the store for the report); applied thresholds return to their defaults, journaled")
      .option("--unfreeze", "also lift a freeze (kept otherwise)")
      .option("--agent <name>", "who resets (default: the OS user)"),
  ).action(async (options: ResetLearningOptions) => (await import("./learning-actions.js")).resetLearning(options));

  addDbOption(
    learning
      .command("configure")
      .description('the learning guard\'s money line and the share of learned "no"s sampled for review')
      .option("--money-line <amount>", "amounts above this are harm evidence: learned thresholds never decide those tickets (default 1000)", parseMoneyLine)
      .option("--review-share <share>", "share of tickets a learned threshold kept with the bot that go to review, e.g. 0.1 or 10% (default 10 %)", parseShare),
  ).action(async (options: ConfigureLearningOptions) => (await import("./learning-actions.js")).configureLearning(options));

  addDbOption(
    learning
      .command("review")
      .description("record a reviewer's verdict on a ticket the bot kept (or any ticket): was a person warranted? --queue lists the tickets waiting for one")
      .option("--queue", "list the sampled tickets a learned threshold kept with the bot that wait for a verdict")
      .option("--digest", "post the queue to Slack as a digest (SLACK_BOT_TOKEN and ESCALATION_REVIEW_CHANNEL; once a day per channel)")
      .option("--json", "with --queue: one JSON object per ticket")
      .option("--thread <id>", "the ticket's thread (its ticket id)")
      .option("--warranted <yes|no>", "whether this ticket should have gone to a person", parseWarranted)
      .option("--agent <name>", "who reviews (recorded beside the OS user)")
      .option("--unresolved", "the customer's problem is not solved")
      .option("--notes <text>", "why"),
  ).action(async (options: ReviewLearningOptions) => (await import("./learning-actions.js")).reviewLearning(options));

  registerLearningProposals(learning);
}
