/**
 * `npm run train:draw -- --seeds 11,12,13 [--runs 5] [--held concepts.json]`: how far the concept
 * model's operating point moves with the shuffle seed alone. For each seed it
 * trains the main model as `npm run train` does (seed and runs replaced) and
 * tunes its thresholds, then prints the development tickets' figures at those
 * thresholds and at held ones (the committed models/concepts.json unless
 * `--held` names another model record: one operating point for every seed), the public validation rows at the tuned ones,
 * and how many development tickets each pair of seeds decides differently at
 * the held point. Writes nothing.
 *
 * A change to the training data is judged by running this with and without
 * it: one retrain is one draw (evals/RESULTS.md, sixteenth pass).
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata } from "../src/rules/concepts/model.js";
import { readModelFiles } from "../src/rules/concepts/model-dir.js";
import { DEFAULT_METHOD } from "./methods.js";
import { devFigures, type DevFigures } from "./tune-thresholds.js";
import { loadTrainingData, SGD, trainMethod, tuneOnDevSet } from "./train.js";

interface Draw {
  seed: number;
  tuned: DevFigures;
  held: DevFigures;
  /** Per development ticket: whether it is decided wrongly at the held thresholds. */
  wrongAtHeld: boolean[];
  publicValidation: Record<string, DevFigures>;
  thresholds: Record<string, number>;
}

export function parseSeeds(text: string): number[] {
  const seeds = text.split(",").map((part) => Number(part.trim()));
  if (seeds.length < 2 || seeds.some((s) => !Number.isInteger(s) || s < 0)) {
    throw new Error(`--seeds: give two or more non-negative whole numbers separated by commas, not "${text}"`);
  }
  return seeds;
}

export function parseRuns(text: string): number {
  const runs = Number(text);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs: give a whole number of at least 1, not "${text}"`);
  return runs;
}

/** How many tickets each pair of draws decides differently ("a·b n"). */
export function pairwiseDifferences(draws: readonly Pick<Draw, "seed" | "wrongAtHeld">[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < draws.length; i++) {
    for (let j = i + 1; j < draws.length; j++) {
      const a = draws[i] as Draw;
      const b = draws[j] as Draw;
      lines.push(`${a.seed}·${b.seed} ${a.wrongAtHeld.filter((wrong, k) => wrong !== b.wrongAtHeld[k]).length}`);
    }
  }
  return lines;
}

/** The thresholds of a model record (a concepts.json). */
function heldThresholds(file: string): Record<string, number> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new Error(`--held: cannot read ${file} as JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  const parsed = ModelMetadata.safeParse(value);
  if (!parsed.success)
    throw new Error(`--held: ${file} is not a model record (${parsed.error.issues[0]?.path.join(".") ?? "?"}: ${parsed.error.issues[0]?.message ?? ""})`);
  return parsed.data.thresholds;
}

const figure = (f: DevFigures) => `${f.misses} missed of ${f.mustEscalate}, ${f.overEscalated} calm escalated of ${f.mustNot}`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { seeds: { type: "string" }, runs: { type: "string", default: String(SGD.runs) }, held: { type: "string" } },
  });
  if (values.seeds === undefined) throw new Error("--seeds: give the seeds to compare, e.g. --seeds 11,12,13");
  const seeds = parseSeeds(values.seeds);
  const runs = parseRuns(values.runs);
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const held = values.held === undefined ? readModelFiles(MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata).metadata.thresholds : heldThresholds(values.held);
  const data = loadTrainingData();
  const draws: Draw[] = [];
  for (const [index, seed] of seeds.entries()) {
    log(`seed ${seed} (${index + 1} of ${seeds.length}), ${runs} run${runs === 1 ? "" : "s"} averaged…`);
    const trained = trainMethod(DEFAULT_METHOD, data.examples, log, { ...SGD, seed, runs });
    // The tuning's development cases hold scores, not decisions: they are read once and scored at the held thresholds too.
    const tuned = await tuneOnDevSet(trained, data.examples, () => {});
    const cases = tuned.devCases;
    const atHeld = devFigures(cases, held);
    const publicValidation = tuned.dev["publicValidation"] as Record<string, { chosen: DevFigures }>;
    draws.push({
      seed,
      tuned: (tuned.dev as { chosen: DevFigures }).chosen,
      held: atHeld,
      wrongAtHeld: cases.map((c) => {
        const one = devFigures([c], held);
        return one.misses + one.overEscalated > 0;
      }),
      publicValidation: Object.fromEntries(Object.entries(publicValidation).map(([name, report]) => [name, report.chosen])),
      thresholds: tuned.thresholds,
    });
  }
  const lines = draws.flatMap((d) => [
    `seed ${d.seed}`,
    `  development tickets, tuned thresholds: ${figure(d.tuned)}`,
    `  development tickets, held thresholds:  ${figure(d.held)}`,
    ...Object.entries(d.publicValidation).map(([name, f]) => `  ${name} validation, tuned: ${figure(f)}`),
    `  thresholds ${JSON.stringify(d.thresholds)}`,
  ]);
  lines.push(`development tickets decided differently at the held thresholds, per pair of seeds: ${pairwiseDifferences(draws).join(", ")}`);
  process.stdout.write(`${lines.join("\n")}\n`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`train:draw: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
