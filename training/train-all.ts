/**
 * `npm run train`: the concept model (train.ts), its heads (heads.ts), then
 * the ticket reader (ticket-reader/train.ts), each in a process of its own,
 * as each also runs alone. A chain of three in package.json would not do: npm
 * appends `npm run train -- <options>` to the script's last command, so
 * `--compare` reached the reader, which ignores it, and the concept model was
 * retrained and written over. Here the options go to train.ts, and
 * `--compare`, which writes nothing the next steps would read, stops there.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";

/** One step: a script under training/ and its arguments. */
export interface TrainingStep {
  script: string;
  args: string[];
}

/** The steps `npm run train -- <options>` runs, in order. */
export function trainingSteps(options: readonly string[]): TrainingStep[] {
  const conceptModel = { script: "train.ts", args: [...options] };
  if (options.includes("--compare")) return [conceptModel];
  return [conceptModel, { script: "heads.ts", args: [] }, { script: join("ticket-reader", "train.ts"), args: [] }];
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  for (const { script, args } of trainingSteps(process.argv.slice(2))) {
    const run = spawnSync(process.execPath, ["--import", "tsx", join(import.meta.dirname, script), ...args], { stdio: "inherit" });
    if (run.status !== 0) process.exit(run.status ?? 1);
  }
}
