/**
 * `npm run train`, second step: the staff-request head (models/staff-action.bin
 * and .json), a two-class model over the main model's features that reads one
 * concept — a request only the company's staff can carry out — however it is
 * phrased. It has a file of its own so that learning it leaves the eight
 * concepts' weights and thresholds exactly as they were.
 *
 * Rows: the staff sets (training/staff-action/), every routine row the main
 * model learns from (public sets, concept sets' `none`, routine ticket
 * sentences) as `none`, except the concept sets' lines relabelled as staff
 * requests; rows of the eight concepts are left out (a fraud report may also
 * ask for a refund). Its threshold is chosen on whole tickets as the main
 * model's are, with the eight concepts' thresholds held where they are.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { STAFF_HEAD_CLASSES } from "../src/rules/concepts/concepts.js";
import {
  createConceptModel,
  MODEL_DIR,
  MODEL_METADATA,
  MODEL_WEIGHTS,
  ModelMetadata,
  STAFF_HEAD_METADATA,
  STAFF_HEAD_WEIGHTS,
  type ConceptModel,
} from "../src/rules/concepts/model.js";
import { readModelFiles } from "../src/rules/concepts/model-dir.js";
import type { Example } from "../datasets/example.js";
import { readInput } from "../datasets/split.js";
import { IN_DOMAIN_SOURCES, scoreRows, type FalseAlarmBudget } from "./measure.js";
import { quantise, trainSoftmax } from "./sgd.js";
import { loadStaffExamples } from "./sources/project.js";
import { chooseByReplay, READ_CANDIDATES, type ReplayFigures } from "./staff-head-replay.js";
import { devInputs, FALSE_ALARM_BUDGET, loadTrainingData, SGD, toRows, tuneOnTickets } from "./train.js";

function formatReplay(figures: readonly ReplayFigures[]): string {
  return figures.map((f) => `  ${f.threshold}: missed ${f.misses} of ${f.mustEscalate}, over-escalated ${f.overEscalated} of ${f.mustNot}`).join("\n");
}

const CONCEPT = "staff_action";
/** Thresholds the sentence-level budget tries, as the main model's (measure.ts). */
const SENTENCE_GRID = Array.from({ length: 46 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);

/**
 * The lowest threshold at which no more than the budget's share of routine
 * validation rows, in each group (our own words; the public sets), reaches it.
 * Reported beside the ticket-level choice, as the main model's are.
 */
function sentenceThreshold(model: ConceptModel, rows: readonly Example[], budget: FalseAlarmBudget): number {
  const routine = rows.filter((r) => r.label === "none");
  const inDomain = (r: Example) => IN_DOMAIN_SOURCES.has(r.source) || r.source === "staff-examples";
  const groups = [
    { rows: routine.filter(inDomain), share: budget.inDomain },
    { rows: routine.filter((r) => !inDomain(r)), share: budget.public },
  ].map((g) => ({ allowed: Math.floor(g.rows.length * g.share), scores: g.rows.map((r) => model.score(r.text, r.language).probabilities[CONCEPT]) }));
  return SENTENCE_GRID.find((t) => groups.every((g) => g.scores.filter((s) => s >= t).length <= g.allowed)) ?? 1;
}

function candidateInputs() {
  return READ_CANDIDATES.map((name) => join("evals", "datasets", "candidates", `${name}.jsonl`)).map((path) => {
    const { input } = readInput(path, (content) => content.split("\n").filter((line) => line.trim() !== "").length);
    return input;
  });
}

async function main(): Promise<void> {
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const shared = loadTrainingData();
  const staff = loadStaffExamples();
  // A relabelled line is the head's staff request, not its routine row.
  const examples = [...shared.examples.filter((e) => !(e.source === "concept-examples" && staff.relabelled.has(e.text))), ...staff.examples];
  log(`staff-request head: ${staff.examples.length} rows of its own, ${examples.length} in all`);
  // The main model as the first step wrote it (the head's own files may not exist yet).
  const { metadata: mainMetadata, weights: mainWeights } = readModelFiles(MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata);
  const config = mainMetadata.features;
  const train = examples.filter((e) => e.split === "train");
  const validation = examples.filter((e) => e.split === "val");
  const rows = toRows(train, config, STAFF_HEAD_CLASSES);
  const linear = trainSoftmax(rows, { ...SGD, buckets: 1 << config.bits, classes: STAFF_HEAD_CLASSES.length });
  const { values, scale } = quantise(linear.weights);
  const draft: ModelMetadata = {
    format: 1,
    classes: [...STAFF_HEAD_CLASSES],
    features: { ...config },
    scale,
    bias: [...linear.bias],
    thresholds: { [CONCEPT]: 1 },
    scores: {},
    weightsSha256: "0".repeat(64),
    training: { command: "", method: "", inputs: [], examples: 0 },
  };
  const probeWith = (threshold: number) =>
    createConceptModel(mainMetadata, mainWeights, { metadata: { ...draft, thresholds: { [CONCEPT]: threshold } }, weights: values });
  const atSentences = sentenceThreshold(probeWith(1), validation, FALSE_ALARM_BUDGET);
  const probe = probeWith(atSentences);
  // The main tuning's stand-in, reported for comparison; the threshold is chosen on replays (staff-head-replay.ts).
  const tuned = await tuneOnTickets(probe, probe.metadata.thresholds, shared.examples, log, { search: [CONCEPT], fixed: mainMetadata.thresholds });
  const replayed = await chooseByReplay(probe, log);
  const threshold = replayed.threshold;
  const ownValidation = validation.filter((e) => e.source === "staff-examples");
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const metadata: ModelMetadata = {
    ...draft,
    thresholds: { [CONCEPT]: threshold },
    scores: {
      validation: { "staff-examples": scoreRows(probeWith(threshold), ownValidation, { [CONCEPT]: threshold }) },
      sentenceThreshold: atSentences,
      standIn: { threshold: tuned.thresholds[CONCEPT] ?? 1, dev: tuned.dev },
      replay: replayed.figures,
    },
    weightsSha256: createHash("sha256").update(bytes).digest("hex"),
    training: {
      command: "npm run train",
      method: mainMetadata.training.method,
      inputs: [...shared.inputs, ...staff.inputs, ...devInputs(), ...candidateInputs()],
      examples: rows.length,
    },
  };
  writeFileSync(join(MODEL_DIR, STAFF_HEAD_WEIGHTS), bytes);
  writeFileSync(join(MODEL_DIR, STAFF_HEAD_METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write(
    `staff-request head: ${rows.length} training rows; sentence-level threshold ${atSentences}; the main tuning's stand-in ${tuned.thresholds[CONCEPT] ?? 1}; chosen on replays ${threshold}\n${formatReplay(replayed.figures)}\nwrote ${join(MODEL_DIR, STAFF_HEAD_WEIGHTS)} (${bytes.length} bytes)\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
