/**
 * `escalation-agent eval`: runs the labelled eval set through the agent and
 * prints a scorecard; `--compare <runA> <runB>` shows what changed.
 *
 * The implementation lives in evals/ (outside the published build, which
 * compiles src/ only), so it is loaded at run time through tsx. That keeps
 * the eval tooling out of dist/ while the command works from both the
 * compiled CLI and the sources.
 */
import type { Command } from "commander";
import { UsageError } from "./errors.js";
import { resolveModel } from "./model-option.js";
import type { WithSettings } from "./settings-option.js";

export interface EvalCommandOptions extends WithSettings {
  model?: string;
  dataset?: string;
  out?: string;
  json?: boolean;
  config?: string;
  compare?: string[];
  learnFrom?: string;
}

export interface EvalRunRequest {
  model: string;
  /** A JSON Lines file or a folder of them; the bundled set when absent. */
  dataset?: string;
  /** The run's folder; evals/results/<run id> when absent. */
  out?: string;
  json: boolean;
  /** Routing config file, as for triage. */
  config?: string;
  /** The command line that reproduces the run, for the record. */
  command: string;
  /** A history of tickets with verdicts to learn from before scoring (evals/learning); scored with and without it. */
  learnFrom?: string;
}

export interface EvalCompareRequest {
  a: string;
  b: string;
  json: boolean;
}

/** What evals/command/index.ts provides; each returns the exit code. */
export interface EvalCli {
  evalCommand(request: EvalRunRequest): Promise<number>;
  compareCommand(request: EvalCompareRequest): Promise<number>;
}

async function loadEvalCli(): Promise<EvalCli> {
  // tsx loads here, not in the start-up of every command.
  const { tsImport } = await import("tsx/esm/api");
  // Same relative path from src/cli and dist/cli: both sit two levels below the root.
  const module = (await tsImport("../../evals/command/index.ts", import.meta.url)) as { evalCli: EvalCli };
  return module.evalCli;
}

export async function runEvalCommand(options: EvalCommandOptions): Promise<number> {
  if (options.compare) {
    if (options.compare.length !== 2) throw new UsageError("--compare: give exactly two runs, e.g. --compare <runA> <runB>");
    const [a, b] = options.compare as [string, string];
    return (await loadEvalCli()).compareCommand({ a, b, json: Boolean(options.json) });
  }
  const model = resolveModel(options.model, options.settings.model);
  const routing = options.config ?? options.settings.storage.routing;
  const command = [
    "npx escalation-agent eval",
    `--model ${model}`,
    options.dataset ? `--dataset ${options.dataset}` : "",
    options.learnFrom ? `--learn-from ${options.learnFrom}` : "",
    routing ? `--config ${routing}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  return (await loadEvalCli()).evalCommand({
    model,
    json: Boolean(options.json),
    command,
    ...(options.dataset ? { dataset: options.dataset } : {}),
    ...(options.out ? { out: options.out } : {}),
    ...(routing ? { config: routing } : {}),
    ...(options.learnFrom ? { learnFrom: options.learnFrom } : {}),
  });
}

export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("score the agent on the labelled eval set: scorecard, results JSON and an HTML report under evals/results/")
    .option("--model <model>", "rules (default) — or ESCALATION_MODEL")
    .option("--dataset <path>", "a JSON Lines file or a folder of them (default: evals/datasets)")
    .option("--out <dir>", "folder for results.json and report.html (default: evals/results/<run id>)")
    .option("--config <file>", "routing config JSON (default ESCALATION_CONFIG)")
    .option("--json", "print the metrics as one JSON object (the last line of stdout)")
    .option("--learn-from <history.jsonl>", "first feed this history of tickets with verdicts, then score with and without what it taught")
    .option("--compare <runs...>", "compare two earlier runs (folders or run ids): --compare <runA> <runB>")
    .action(async (options: EvalCommandOptions) => {
      process.exitCode = await runEvalCommand(options);
    });
}
