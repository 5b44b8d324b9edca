/**
 * `learning proposals|apply|rollback`: threshold changes the verdicts
 * propose, the gate they must pass (src/learning/gate.ts), and the journal
 * of what was applied and by whom. `learning proposals --apply-passing` is
 * the automatic path (run it from cron): every proposal that passes the
 * gate is applied as "auto (gate)"; the others are journaled as refused.
 * The definitions only: learning-proposals-actions.ts, imported when one
 * runs, does the work.
 */
import type { Command } from "commander";
import { addDbOption, type StoreCliOptions } from "./store-option.js";
import type { ApplyProposalCommandOptions, ListProposalsOptions, RollbackCommandOptions } from "./learning-proposals-actions.js";

export interface GateOptions extends StoreCliOptions {
  evalSet?: string;
}

function addGateOption(command: Command): Command {
  return command.option("--eval-set <path>", "the labelled set the gate replays: a JSON Lines file or folder (default: the bundled evals/datasets)");
}

export function registerLearningProposals(learning: Command): void {
  addGateOption(
    addDbOption(
      learning
        .command("proposals")
        .description("threshold changes the verdicts propose: segment, old and new value, evidence, the past tickets each would change")
        .option("--json", "one JSON object per proposal (or journal entry)")
        .option("--journal", "show the journal of applied, refused and rolled-back changes instead")
        .option("--apply-passing", 'apply every proposal that passes the gate, as "auto (gate)" (for cron); the rest are journaled as refused'),
    ),
  ).action(async (options: ListProposalsOptions) => (await import("./learning-proposals-actions.js")).listProposals(options));

  addGateOption(
    addDbOption(
      learning
        .command("apply")
        .description(
          "apply a proposal, if it passes the gate: the eval set and the segment's recent tickets replayed with it lose no critical or harm-evidence escalation",
        )
        .argument("<id>", "the proposal's id (learning proposals)")
        .option("--agent <name>", "who applies (recorded beside the OS user)")
        .option("--json", "one JSON object"),
    ),
  ).action(async (id: string, options: ApplyProposalCommandOptions) => (await import("./learning-proposals-actions.js")).applyProposalCommand(id, options));

  addDbOption(
    learning
      .command("rollback")
      .description("undo an applied change: the value in force before it returns, and with it the decisions it made")
      .argument("<id>", "the applied proposal's id (learning proposals --journal)")
      .option("--agent <name>", "who rolls back (recorded beside the OS user)"),
  ).action(async (id: string, options: RollbackCommandOptions) => (await import("./learning-proposals-actions.js")).rollbackCommand(id, options));
}
