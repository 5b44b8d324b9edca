/**
 * `npm run train`, second step: the heads (concepts.ts, HEAD_FILES), one
 * two-class model per concept over the main model's features, each in
 * models/<file>.bin and .json. A head has files of its own so that learning
 * it leaves the eight concepts' weights and thresholds exactly as they were.
 *
 * Rows: the head's own sets (training/<file>/), every routine row the main
 * model learns from (public sets, concept sets' `none`, routine ticket
 * sentences) as `none`, except concept-set lines relabelled as the head's
 * concept; rows of the eight concepts and of the other heads are left out (a
 * fraud report may also ask for a refund). Its threshold is chosen on replays
 * of the whole engine (head-replay.ts), with the heads trained before it in
 * place and a ticket reader trained on dev/ alone, which never read the
 * candidate files the replay also reads; the main tuning's stand-in is
 * reported beside it.
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { HEAD_CONCEPTS, headClasses, type HeadConcept } from "../src/rules/concepts/concepts.js";
import {
  createConceptModel,
  headFiles,
  MODEL_DIR,
  MODEL_METADATA,
  MODEL_WEIGHTS,
  ModelMetadata,
  type ConceptModel,
  type Heads,
  type ModelFiles,
  useConceptModel,
} from "../src/rules/concepts/model.js";
import { readModelFiles } from "../src/rules/concepts/model-dir.js";
import type { Example } from "../datasets/example.js";
import { IN_DOMAIN_SOURCES, scoreRows, type FalseAlarmBudget } from "./measure.js";
import { quantise, trainAveragedSoftmax } from "./sgd.js";
import { chooseByReplay, type ReplayFigures } from "./head-replay.js";
import { trainTicketReader } from "./ticket-reader/train.js";
import { developmentFiles, developmentInputs } from "./sources/development-tickets.js";
import { createTicketReaderModel, type TicketReaderModel } from "../src/rules/ticket-reader/model.js";
import { HEAD_EXAMPLES_SOURCE, loadHeadExamples } from "./sources/project.js";
import { FALSE_ALARM_BUDGET, loadTrainingData, SGD, toRows, tuneOnTickets } from "./train.js";

/** Thresholds the sentence-level budget tries, as the main model's (measure.ts). */
const SENTENCE_GRID = Array.from({ length: 46 }, (_, i) => Math.round((0.5 + i * 0.01) * 100) / 100);

type Log = (line: string) => void;

/**
 * The lowest threshold at which no more than the budget's share of routine
 * validation rows, in each group (our own words; the public sets), reaches it.
 * Reported beside the ticket-level choice, as the main model's are.
 */
function sentenceThreshold(concept: HeadConcept, model: ConceptModel, rows: readonly Example[], budget: FalseAlarmBudget): number {
  const routine = rows.filter((r) => r.label === "none");
  const inDomain = (r: Example) => IN_DOMAIN_SOURCES.has(r.source) || r.source === HEAD_EXAMPLES_SOURCE;
  const groups = [
    { rows: routine.filter(inDomain), share: budget.inDomain },
    { rows: routine.filter((r) => !inDomain(r)), share: budget.public },
  ].map((g) => ({ allowed: Math.floor(g.rows.length * g.share), scores: g.rows.map((r) => model.score(r.text, r.language).probabilities[concept]) }));
  return SENTENCE_GRID.find((t) => groups.every((g) => g.scores.filter((s) => s >= t).length <= g.allowed)) ?? 1;
}

function formatReplay(figures: readonly ReplayFigures[]): string {
  return figures.map((f) => `  ${f.threshold}: missed ${f.misses} of ${f.mustEscalate}, over-escalated ${f.overEscalated} of ${f.mustNot}`).join("\n");
}

/** Trains one head beside the main model and the heads before it; writes its two files. */
async function trainHead(
  concept: HeadConcept,
  main: ModelFiles,
  before: Heads,
  shared: ReturnType<typeof loadTrainingData>,
  reader: TicketReaderModel,
  log: Log,
): Promise<ModelFiles> {
  const own = loadHeadExamples(concept);
  // A relabelled line is the head's concept, not its routine row.
  const examples = [...shared.examples.filter((e) => !(e.source === "concept-examples" && own.relabelled.has(e.text))), ...own.examples];
  log(`${concept} head: ${own.examples.length} rows of its own, ${examples.length} in all`);
  const config = main.metadata.features;
  const classes = headClasses(concept);
  const rows = toRows(
    examples.filter((e) => e.split === "train"),
    config,
    classes,
  );
  const validation = examples.filter((e) => e.split === "val");
  const linear = trainAveragedSoftmax(rows, { ...SGD, buckets: 1 << config.bits, classes: classes.length });
  const { values, scale } = quantise(linear.weights);
  const draft: ModelMetadata = {
    format: 1,
    classes: [...classes],
    features: { ...config },
    scale,
    bias: [...linear.bias],
    thresholds: { [concept]: 1 },
    scores: {},
    weightsSha256: "0".repeat(64),
    training: { command: "", method: "", inputs: [], examples: 0 },
  };
  const probeWith = (threshold: number) =>
    createConceptModel(main.metadata, main.weights, {
      ...before,
      [concept]: { metadata: { ...draft, thresholds: { [concept]: threshold } }, weights: values },
    });
  const atSentences = sentenceThreshold(concept, probeWith(1), validation, FALSE_ALARM_BUDGET);
  const probe = probeWith(atSentences);
  // The main tuning's stand-in, reported for comparison; the threshold is chosen on replays (head-replay.ts).
  const standIn = await tuneOnTickets(probe, probe.metadata.thresholds, shared.examples, log, {
    search: [concept],
    fixed: Object.fromEntries(Object.entries(probe.metadata.thresholds).filter(([c]) => c !== concept)),
  });
  const replayed = await chooseByReplay(concept, probe, reader, log);
  const threshold = replayed.threshold;
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  const metadata: ModelMetadata = {
    ...draft,
    thresholds: { [concept]: threshold },
    scores: {
      validation: {
        [HEAD_EXAMPLES_SOURCE]: scoreRows(
          probeWith(threshold),
          validation.filter((e) => e.source === HEAD_EXAMPLES_SOURCE),
          { [concept]: threshold },
        ),
      },
      sentenceThreshold: atSentences,
      standIn: { threshold: standIn.thresholds[concept] ?? 1, dev: standIn.dev },
      replay: replayed.figures,
      replayReader: reader.metadata.thresholds,
    },
    weightsSha256: createHash("sha256").update(bytes).digest("hex"),
    training: {
      command: "npm run train",
      method: main.metadata.training.method,
      inputs: [...shared.inputs, ...own.inputs, ...developmentInputs()],
      examples: rows.length,
    },
  };
  const files = headFiles(concept);
  writeFileSync(join(MODEL_DIR, files.weights), bytes);
  writeFileSync(join(MODEL_DIR, files.metadata), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write(
    `${concept} head: ${rows.length} training rows; sentence-level threshold ${atSentences}; the main tuning's stand-in ${standIn.thresholds[concept] ?? 1}; chosen on replays ${threshold}\n${formatReplay(replayed.figures)}\nwrote ${join(MODEL_DIR, files.weights)} (${bytes.length} bytes)\n`,
  );
  return { metadata, weights: values };
}

/**
 * The ticket reader a head's replay uses: trained on dev/ alone, so what it doubts and raises on the read
 * candidate files is out of sample, with the engine as it stands before the head (the main model and the
 * heads trained before it), whatever head files the last run left on disk.
 */
async function replayReader(main: ModelFiles, before: Heads, log: Log): Promise<TicketReaderModel> {
  log("the replay's ticket reader: trained on dev/ alone…");
  useConceptModel(createConceptModel(main.metadata, main.weights, before));
  try {
    const { metadata, bytes, report } = await trainTicketReader(developmentFiles(false), log);
    log(report[0] ?? "");
    return createTicketReaderModel(metadata, new Int8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } finally {
    useConceptModel(null);
  }
}

async function main(): Promise<void> {
  const log: Log = (line) => process.stderr.write(`${line}\n`);
  const shared = loadTrainingData();
  // The main model as the first step wrote it.
  const mainFiles = readModelFiles(MODEL_METADATA, MODEL_WEIGHTS, ModelMetadata);
  const trained: Heads = {};
  for (const concept of HEAD_CONCEPTS) {
    const reader = await replayReader(mainFiles, trained, log);
    trained[concept] = await trainHead(concept, mainFiles, trained, shared, reader, log);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
});
