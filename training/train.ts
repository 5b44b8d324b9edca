/**
 * `npm run train`: rebuilds the concept model (models/concepts.bin and
 * models/concepts.json) from the public sets in ../shared/data and the
 * project's own examples. `--compare` trains every feature set in
 * methods.ts on the same splits and prints their validation scores
 * without writing anything.
 *
 * Only train rows are learned from. Thresholds are chosen in two steps: on
 * validation sentences (a false-alarm budget per group, the floor), then on
 * whole tickets of the development set (evals/datasets/dev/, tune-thresholds.ts),
 * where each step down must find, counted MISS_WEIGHT times, a larger share
 * of the missed escalations than the share of calm tickets it escalates
 * (miss-weight.ts). The held-back test rows,
 * the locked splits and the history holdout are read by the cross-source
 * eval only (evals/sources/), never here.
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { CONCEPTS, isHeadConcept, MAIN_CLASSES } from "../src/rules/concepts/concepts.js";
import { extractFeatures, type FeatureConfig } from "../src/rules/concepts/features.js";
import { createConceptModel, MODEL_DIR, MODEL_METADATA, MODEL_WEIGHTS, type ConceptModel, type ModelMetadata } from "../src/rules/concepts/model.js";
import { chooseThresholds, scoreRows, type SourceScore } from "./measure.js";
import { DEFAULT_METHOD, METHODS } from "./methods.js";
import type { Example, SourceData } from "../datasets/example.js";
import { loadConceptExamples, loadRoutineTicketSentences } from "./sources/project.js";
import { loadPublicSets } from "../datasets/shared-data.js";
import { developmentInputs, developmentTickets } from "./sources/development-tickets.js";
import { CALM_REGISTER_SOURCE, calmRegisterFiles, loadCalmRegisterSentences } from "./sources/calm-register.js";
import { quantise, trainAveragedSoftmax, type TrainingRow } from "./sgd.js";
import {
  chooseThresholds as chooseTicketThresholds,
  devFigures,
  readDevCases,
  readPublicCases,
  type DevCase,
  type ThresholdSearch,
  type TuningSet,
} from "./tune-thresholds.js";

/**
 * Share of routine validation rows allowed to reach any concept's
 * threshold: 2 % of our own hard negatives and routine ticket sentences (a
 * ticket has a few sentences, so this is several times that per ticket),
 * 0.5 % of the public sets' routine rows.
 */
export const FALSE_ALARM_BUDGET = { inDomain: 0.02, public: 0.005 } as const;
/**
 * What it may add on the public sets' calm validation rows: one-line chat
 * messages, where the rules alone over-escalate well under 1 %.
 */
const LEARNED_PUBLIC_OVER_ESCALATION = 0.01;
/** The public sources whose validation rows join the tuning. */
const PUBLIC_TUNING_SOURCES = ["clinc150", "hwu64", "rasa-helpdesk", "bitext"] as const;
/** A threshold no probability reaches: the learned layer silent. */
const SILENT = 2;
/**
 * Calm customers' sentences teach the register, not a concept's absence: a third of our own rows' weight (1 and
 * 0.25 were tried beside it; evals/RESULTS.md, "twenty-third pass").
 */
const CALM_REGISTER_WEIGHT = 0.5;
/**
 * Our own rows weigh more than the public ones: they are written in our
 * product's words and in all four languages, while the public sets are
 * English banking, home-assistant and retail chat.
 */
const SOURCE_WEIGHT: Readonly<Record<string, number>> = {
  "concept-examples": 1.5,
  "project-routine": 1.5,
  "head-examples": 1.5,
  [CALM_REGISTER_SOURCE]: CALM_REGISTER_WEIGHT,
};
/**
 * Rare concepts weigh more, but at most this much: stronger weights made
 * the model read concepts into ordinary sentences ("our accountant needs
 * them for the annual closing" as churn); see evals/RESULTS.md.
 */
const MAX_CLASS_WEIGHT = 3;
/** `runs` fits averaged (sgd.ts, trainAveragedSoftmax): one fit's operating point is a draw of its shuffle. */
export const SGD = { epochs: 10, learningRate: 0.4, l2: 1e-6, seed: 20261205, runs: 5 } as const;

/** The rows every learned reader of sentences shares: the public sets, our concept examples, the bundled set's routine sentences. */
export function loadTrainingData(): SourceData {
  const parts = [...loadPublicSets(), loadConceptExamples(), loadRoutineTicketSentences()];
  return { examples: parts.flatMap((p) => p.examples), inputs: parts.flatMap((p) => p.inputs) };
}

/**
 * `rows` and the read candidates' calm register (sources/calm-register.ts), as `npm run train -- --calm-register`
 * trains on: measured and not the default (evals/RESULTS.md, "twenty-third pass").
 */
export function withCalmRegister(rows: SourceData, log: (line: string) => void): SourceData {
  const calm = loadCalmRegisterSentences(calmRegisterFiles());
  log(`${calm.examples.length} calm register sentences; ${calm.flagged} holding an alarm's words left out`);
  return { examples: [...rows.examples, ...calm.examples], inputs: [...rows.inputs, ...calm.inputs] };
}

/** Rows of the labels in `classes` (the last is "none"); rows of other labels are left out. */
export function toRows(examples: readonly Example[], config: FeatureConfig, classes: readonly string[]): TrainingRow[] {
  const labelled = examples.filter((e): e is Example & { label: NonNullable<Example["label"]> } => e.label !== null && classes.includes(e.label));
  const counts = new Map<string, number>();
  for (const e of labelled) counts.set(e.label, (counts.get(e.label) ?? 0) + 1);
  const none = counts.get("none") ?? 1;
  // Rare concepts weigh more, by the square root of their rarity (capped), so
  // 300 fraud rows are not drowned by 27,000 routine ones, nor overfitted.
  const weightOf = (label: string) => (label === "none" ? 1 : Math.min(MAX_CLASS_WEIGHT, Math.sqrt(none / (counts.get(label) ?? 1))));
  return labelled.map((e) => ({
    buckets: Uint32Array.from(extractFeatures(e.text, e.language, config).map((f) => f.bucket)),
    label: classes.indexOf(e.label),
    weight: weightOf(e.label) * (SOURCE_WEIGHT[e.source] ?? 1),
  }));
}

/** The main model's concepts: each head has its own thresholds (heads.ts). */
const MAIN_CONCEPTS = CONCEPTS.filter((c) => !isHeadConcept(c));
const onlyMain = (thresholds: Readonly<Record<string, number>>) => Object.fromEntries(MAIN_CONCEPTS.map((c) => [c, thresholds[c] ?? 1]));

function bySource(examples: readonly Example[]): Map<string, Example[]> {
  const groups = new Map<string, Example[]>();
  for (const e of examples) groups.set(e.source, [...(groups.get(e.source) ?? []), e]);
  return groups;
}

export interface Trained {
  metadata: Omit<ModelMetadata, "training" | "weightsSha256">;
  weights: Int8Array;
  validation: Record<string, SourceScore>;
}

/** Options of one training: the method's features and the fit (SGD unless a seed comparison passes its own, draw.ts). */
export type SgdSettings = Omit<typeof SGD, "seed" | "runs"> & { readonly seed: number; readonly runs: number };

export function trainMethod(method: string, examples: readonly Example[], log: (line: string) => void, sgd: SgdSettings = SGD): Trained {
  const config = METHODS[method];
  if (!config) throw new Error(`unknown method "${method}"; one of ${Object.keys(METHODS).join(", ")}`);
  const train = examples.filter((e) => e.split === "train");
  const validation = examples.filter((e) => e.split === "val");
  const started = performance.now();
  const rows = toRows(train, config, MAIN_CLASSES);
  const linear = trainAveragedSoftmax(rows, { ...sgd, buckets: 1 << config.bits, classes: MAIN_CLASSES.length });
  const { values, scale } = quantise(linear.weights);
  const draft = { format: 1 as const, classes: [...MAIN_CLASSES], features: { ...config }, scale, bias: [...linear.bias], thresholds: {}, scores: {} };
  const probe = createConceptModel({ ...draft, weightsSha256: "0".repeat(64), training: { command: "", method, inputs: [], examples: 0 } }, values);
  const thresholds = onlyMain(chooseThresholds(probe, validation, FALSE_ALARM_BUDGET));
  const scores: Record<string, SourceScore> = {};
  for (const [source, rows] of bySource(validation)) scores[source] = scoreRows(probe, rows, thresholds);
  log(`${method}: ${rows.length} training rows, ${Math.round((performance.now() - started) / 100) / 10} s`);
  return { metadata: { ...draft, thresholds, scores: { validation: scores } }, weights: values, validation: scores };
}

export function formatScores(method: string, scores: Record<string, SourceScore>): string {
  const cells = Object.entries(scores).map(
    ([source, s]) =>
      `${source} recall ${s.conceptRecall ?? "–"} (${s.positives}) false alarms ${s.falseAlarmRate ?? "–"} (${s.negatives}) ${Object.entries(s.byConcept)
        .map(([c, r]) => `${c} ${r}`)
        .join(", ")}`,
  );
  return `${method}\n  ${cells.join("\n  ")}`;
}

/**
 * Churn is evidence only and keeps its sentence-level threshold. Tuned on the development tickets and, beside them, the
 * public sets' validation rows: thresholds chosen on our tickets alone
 * traded the public sets' requests for a person away (evals/RESULTS.md).
 */
export async function tuneOnDevSet(trained: Trained, examples: readonly Example[], log: (line: string) => void): Promise<TicketTuning> {
  const probe = createConceptModel(
    { ...trained.metadata, weightsSha256: "0".repeat(64), training: { command: "", method: "", inputs: [], examples: 0 } },
    trained.weights,
  );
  const tuned = await tuneOnTickets(probe, trained.metadata.thresholds, examples, log, { search: MAIN_CONCEPTS.filter((c) => c !== "churn") });
  return { ...tuned, thresholds: { ...onlyMain(tuned.thresholds), churn: trained.metadata.thresholds["churn"] ?? 1 } };
}

/** Thresholds chosen on tickets, their report, and the development cases read for them (draw.ts scores them again). */
export interface TicketTuning {
  thresholds: Record<string, number>;
  dev: Record<string, unknown>;
  /** The development tickets' cases: the rules' decision with the learned layer silent and the concept scores, whatever the thresholds. */
  devCases: DevCase[];
}

/**
 * Thresholds chosen on whole tickets: the development set with no
 * over-escalation budget (each step must find more than it costs) and the
 * public sets' validation rows with theirs. `sentenceThresholds` are
 * reported beside the rules alone and the choice.
 */
export async function tuneOnTickets(
  probe: ConceptModel,
  sentenceThresholds: Readonly<Record<string, number>>,
  examples: readonly Example[],
  log: (line: string) => void,
  search: ThresholdSearch,
): Promise<TicketTuning> {
  // dev/ alone: with the read candidates beside it the descent went lower on five concepts and the locked
  // splits lost (48 missed, 173 calm escalated against 46 and 162; evals/RESULTS.md, "seventeenth pass").
  const items = developmentTickets(false);
  log(`tuning thresholds on ${items.length} development tickets (evals/datasets/dev) and the public validation rows…`);
  const silentThresholds = Object.fromEntries(Object.keys(probe.metadata.thresholds).map((c) => [c, SILENT]));
  const baseline = { ...silentThresholds, ...(search.fixed ?? {}) };
  const sets: TuningSet[] = [];
  const report: Record<string, unknown> = {};
  const add = (name: string, cases: DevCase[], allowance?: number) => {
    const rulesOnly = devFigures(cases, baseline);
    const overEscalationBudget = allowance === undefined ? undefined : Math.round((rulesOnly.overEscalation + allowance) * 1000) / 1000;
    sets.push({ name, cases, ...(overEscalationBudget === undefined ? {} : { overEscalationBudget }) });
    report[name] = { rulesOnly, sentenceThresholds: devFigures(cases, sentenceThresholds), overEscalationBudget: overEscalationBudget ?? null };
  };
  // No over-escalation budget for the development tickets: one tied to what
  // the rules alone over-escalate shrank each time a rule stopped a false
  // alarm, and took the gain back as missed escalations (evals/RESULTS.md,
  // "fourth pass"). The worth-it rule of the search bounds them instead.
  const devCases = await readDevCases(items, probe);
  add("dev", devCases);
  for (const source of PUBLIC_TUNING_SOURCES) {
    const rows = examples.filter((e) => e.source === source && e.split === "val");
    if (rows.length > 0) add(source, await readPublicCases(rows, probe), LEARNED_PUBLIC_OVER_ESCALATION);
  }
  // No floor from the sentence-level thresholds: they were a stand-in for the
  // public sets, which now take part in the choice with their own budget,
  // and on whole tickets they held the learned layer back where it was
  // right (evals/RESULTS.md, "third pass").
  const chosen = chooseTicketThresholds(sets, {}, search);
  for (const set of sets) report[set.name] = { ...(report[set.name] as object), chosen: chosen.figures[set.name] };
  const dev = report["dev"] as Record<string, unknown>;
  return {
    thresholds: chosen.thresholds,
    dev: { ...dev, publicValidation: Object.fromEntries(Object.entries(report).filter(([name]) => name !== "dev")) },
    devCases,
  };
}

export function formatDev(dev: Record<string, unknown>): string {
  const line = (name: string) => {
    const f = dev[name] as { recall: number; misses: number; mustEscalate: number; overEscalation: number; overEscalated: number; mustNot: number };
    return `  ${name}: recall ${(f.recall * 100).toFixed(1)} % (${f.misses} missed of ${f.mustEscalate}), over-escalation ${(f.overEscalation * 100).toFixed(1)} % (${f.overEscalated} of ${f.mustNot})`;
  };
  const budget = dev["overEscalationBudget"];
  return `development tickets (${budget === null || budget === undefined ? "no over-escalation budget: each step must find more than it costs" : `over-escalation budget ${String(budget)}`})\n${["rulesOnly", "sentenceThresholds", "chosen"].map(line).join("\n")}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      method: { type: "string", default: DEFAULT_METHOD },
      compare: { type: "boolean", default: false },
      "calm-register": { type: "boolean", default: false },
    },
  });
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const data = values["calm-register"] ? withCalmRegister(loadTrainingData(), log) : loadTrainingData();
  log(`read ${data.examples.length} rows from ${data.inputs.length} files`);
  if (values.compare) {
    for (const method of process.argv.includes("--method") ? [values.method ?? DEFAULT_METHOD] : Object.keys(METHODS)) {
      const trained = trainMethod(method, data.examples, log);
      const tuned = await tuneOnDevSet(trained, data.examples, log);
      process.stdout.write(`${formatScores(method, trained.validation)}\n${formatDev(tuned.dev)}\n  thresholds ${JSON.stringify(tuned.thresholds)}\n`);
    }
    return;
  }
  const method = values.method ?? DEFAULT_METHOD;
  const options = [...(method === DEFAULT_METHOD ? [] : ["--method", method]), ...(values["calm-register"] ? ["--calm-register"] : [])];
  const trained = trainMethod(method, data.examples, log);
  const tuned = await tuneOnDevSet(trained, data.examples, log);
  const bytes = Buffer.from(trained.weights.buffer, trained.weights.byteOffset, trained.weights.byteLength);
  const metadata: ModelMetadata = {
    ...trained.metadata,
    thresholds: tuned.thresholds,
    scores: { ...trained.metadata.scores, dev: tuned.dev },
    weightsSha256: createHash("sha256").update(bytes).digest("hex"),
    training: {
      command: options.length === 0 ? "npm run train" : `npm run train -- ${options.join(" ")}`,
      method,
      inputs: [...data.inputs, ...developmentInputs(false)],
      examples: data.examples.filter((e) => e.split === "train" && e.label !== null).length,
    },
  };
  mkdirSync(MODEL_DIR, { recursive: true });
  writeFileSync(join(MODEL_DIR, MODEL_WEIGHTS), bytes);
  writeFileSync(join(MODEL_DIR, MODEL_METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write(
    `${formatScores(method, trained.validation)}\n${formatDev(tuned.dev)}\nwrote ${join(MODEL_DIR, MODEL_WEIGHTS)} (${bytes.length} bytes)\n`,
  );
}

if (process.argv[1] && import.meta.filename === process.argv[1]) runMain();

function runMain(): void {
  main().catch((error: unknown) => {
    process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
