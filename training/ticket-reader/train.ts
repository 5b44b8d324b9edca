/**
 * `npm run train` (its last step): rebuilds the ticket reader
 * (models/ticket-reader.bin and .json) from the development tickets in
 * evals/datasets/dev/, the read candidates (READ_CANDIDATES in
 * sources/read-candidates.ts: more writers, in domains dev/ does not have)
 * and the train rows of the public utterance sets in ../shared/data.
 * Each development file is read once by a model trained on the others (one
 * writer held out at a time); the threshold is chosen on
 * those out-of-fold readings beside the engine's own decisions with the
 * reader silent, within a budget on the public sets' calm validation rows
 * (choose.ts), and held to the recall the product promises (frontier.ts);
 * the committed model is trained on every file.
 *
 * The locked splits and the history holdout are never read here
 * (test/training/locked-split.test.ts).
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import type { EvalItem } from "../../evals/dataset-schema.js";
import { runDataset } from "../../evals/runner.js";
import type { FeatureConfig } from "../../src/rules/concepts/features.js";
import { MODEL_DIR } from "../../src/rules/concepts/model-dir.js";
import {
  fixedTicketReader,
  TICKET_READER_METADATA,
  TICKET_READER_WEIGHTS,
  useTicketReaderModel,
  type TicketReaderMetadata,
} from "../../src/rules/ticket-reader/model.js";
import { loadPublicSets } from "../../datasets/shared-data.js";
import type { SourceData } from "../../datasets/example.js";
import { publicCases, ticketCases, type TicketCase } from "./cases.js";
import {
  chooseConfirm,
  chooseRoutine,
  chooseThresholds,
  flaggedShare,
  PUBLIC_BUDGET,
  figures,
  type CalmRows,
  type DoubtReach,
  type Figures,
  type ReadCase,
} from "./choose.js";
import { messageKind, type MessageKind } from "../../src/rules/ticket-reader/read.js";
import { fitReader, probability } from "./fit.js";
import { linesHoldingTheBar, readerTradeOff } from "./frontier.js";
import { developmentFiles, type DevelopmentFile } from "../sources/development-tickets.js";
import { recordedInput } from "../sources/recorded-input.js";
import { useConceptModel, type ConceptModel } from "../../src/rules/concepts/model.js";
import { isReadCandidate } from "../sources/read-candidates.js";
import { conceptModelWithoutCalmRegister, learnedFromReadCandidates } from "./read-candidates-model.js";

/** Words and stems, no character n-grams: over a whole e-mail they added noise (evals/RESULTS.md, "eighth pass"). */
const FEATURES: FeatureConfig = { words: true, chars: false, stems: true, bits: 17 };

/** Each development case's escalation, and its latest message's kind, with the given reader in place. */
async function escalations(
  items: readonly EvalItem[],
  threshold: number,
  confirm = 0,
  routine = 0,
): Promise<Map<string, { escalates: boolean; kind: MessageKind }>> {
  useTicketReaderModel(fixedTicketReader(threshold, confirm, routine));
  try {
    const results = await runDataset(items, { model: "rules" });
    return new Map(
      results.flatMap((r) =>
        r.predicted ? [[r.id, { escalates: r.predicted.decision !== "no_escalation", kind: messageKind(r.predicted.issueType ?? "question") }] as const] : [],
      ),
    );
  } finally {
    useTicketReaderModel(null);
  }
}

/**
 * What the engine decides without the reader, and where the reader could
 * decide at all: it speaks last (decision.ts) and not over an alarm taken
 * back, so a case it could raise is one the engine escalates when the
 * reader always speaks and not when it never does; a case its doubt could
 * lower is one the engine escalates when the reader never doubts and not
 * when it doubts learned needs, the policy's guesses, or both.
 */
async function engineDecisions(
  items: readonly EvalItem[],
): Promise<Map<string, { escalates: boolean; readerDecides: boolean; lowers: DoubtReach; kind: MessageKind }>> {
  const without = await escalations(items, Infinity);
  const always = await escalations(items, -Infinity);
  const needs = await escalations(items, Infinity, 1);
  const guesses = await escalations(items, Infinity, 0, 1);
  const both = await escalations(items, Infinity, 1, 1);
  const lowered = (by: Map<string, { escalates: boolean }>, id: string) => by.get(id)?.escalates === false;
  return new Map(
    [...without].map(([id, { escalates, kind }]) => [
      id,
      {
        escalates,
        kind,
        readerDecides: !escalates && always.get(id)?.escalates === true,
        lowers: { needs: escalates && lowered(needs, id), guesses: escalates && lowered(guesses, id), both: escalates && lowered(both, id) },
      },
    ]),
  );
}

/**
 * The engine's decisions on `files`; on the read candidates, with `readCandidatesModel` in place of the committed
 * concept model when one is given (read-candidates-model.ts says why).
 */
async function replayedDecisions(files: readonly DevelopmentFile[], readCandidatesModel?: ConceptModel): ReturnType<typeof engineDecisions> {
  if (!readCandidatesModel) return engineDecisions(files.flatMap((f) => f.items));
  const itemsOf = (candidates: boolean) => files.filter((f) => isReadCandidate(f.file) === candidates).flatMap((f) => f.items);
  const own = await engineDecisions(itemsOf(false));
  useConceptModel(readCandidatesModel);
  try {
    return new Map([...own, ...(await engineDecisions(itemsOf(true)))]);
  } finally {
    useConceptModel(null);
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`);
const line = (name: string, before: Figures, after: Figures) =>
  `  ${name.padEnd(12)} recall ${percent(before.caught, before.mustEscalate)} → ${percent(after.caught, after.mustEscalate)}, over-escalation ${percent(before.overEscalated, before.mustNot)} → ${percent(after.overEscalated, after.mustNot)}`;

/** The public utterance sets: their train rows join every fold, their calm validation rows bound the threshold. */
function publicSets(averageFile: number): { train: TicketCase[]; calm: { name: string; cases: TicketCase[] }[]; inputs: SourceData["inputs"] } {
  const sets = loadPublicSets();
  const train = sets.flatMap((set) =>
    publicCases(
      set.examples.filter((e) => e.split === "train"),
      FEATURES,
      averageFile,
    ),
  );
  const calm = sets.map((set) => ({
    name: set.examples[0]?.source ?? "public",
    cases: publicCases(
      set.examples.filter((e) => e.split === "val" && e.mustEscalate === false),
      FEATURES,
      1,
    ),
  }));
  return { train, calm, inputs: sets.flatMap((set) => set.inputs) };
}

/** A trained reader: its metadata, its weights' bytes, and the lines that report how it was chosen. */
export interface TrainedReader {
  metadata: TicketReaderMetadata;
  bytes: Buffer;
  report: string[];
}

/**
 * Trains the reader on `files` (one writer each, held out in turn) and the public sets; writes nothing.
 * `readCandidatesModel`: the concept model the read candidates among them are replayed with (read-candidates-model.ts).
 */
export async function trainTicketReader(
  files: readonly DevelopmentFile[],
  log: (text: string) => void,
  readCandidatesModel?: ConceptModel,
): Promise<TrainedReader> {
  const devCases = ticketCases(
    files.flatMap(({ file, items }) => items.map((item) => ({ file, item }))),
    FEATURES,
  );
  const published = publicSets(devCases.length / files.length);
  const cases = [...devCases, ...published.train];
  log(
    `ticket reader: ${devCases.length} development cases from ${files.length} files, ${published.train.length} public utterances; replaying the engine without it…`,
  );
  const engine = await replayedDecisions(files, readCandidatesModel);
  const read: ReadCase[] = [];
  for (const { file } of files) {
    const held = basename(file);
    const reader = fitReader(
      cases.filter((c) => c.file !== held),
      FEATURES.bits,
    );
    for (const c of devCases.filter((x) => x.file === held)) {
      const decided = engine.get(c.id);
      read.push({
        id: c.id,
        file: held,
        needsPerson: c.needsPerson,
        engineEscalates: decided?.escalates ?? false,
        kind: decided?.kind ?? "asking",
        // Where the reader cannot decide, its reading changes nothing.
        probability: decided?.readerDecides ? probability(reader, c) : 0,
        ...(decided && (decided.lowers.needs || decided.lowers.guesses || decided.lowers.both)
          ? { doubt: probability(reader, c), lowers: decided.lowers }
          : {}),
      });
    }
  }
  const final = fitReader(cases, FEATURES.bits);
  const calm: CalmRows[] = published.calm.map(({ name, cases: rows }) => ({ name, probabilities: rows.map((c) => probability(final, c)) }));
  const chosen = chooseThresholds(read, calm);
  const tradeOff = readerTradeOff(read, calm);
  const doubt = chooseConfirm(read, chosen.thresholds);
  const guesses = chooseRoutine(read, chosen.thresholds, doubt.confirm);
  const account = { ...chosen.thresholds, confirm: doubt.confirm, routine: guesses.routine };
  const byAccount = figures(read, chosen.thresholds, doubt.confirm, guesses.routine);
  const { lines, chosenBy } = linesHoldingTheBar(account, byAccount.mustEscalate - byAccount.caught, tradeOff);
  const thresholds = { asking: lines.asking, reporting: lines.reporting };
  const byFile = Object.fromEntries(
    files.map(({ file }) => {
      const name = basename(file);
      const own = read.filter((c) => c.file === name);
      return [name, { engine: figures(own, Infinity), withReader: figures(own, thresholds, lines.confirm, lines.routine) }];
    }),
  );
  const pooled = {
    engine: figures(read, Infinity),
    raisingOnly: figures(read, thresholds),
    doubtingNeeds: figures(read, thresholds, lines.confirm),
    withReader: figures(read, thresholds, lines.confirm, lines.routine),
  };
  // Public rows are one-line messages of either kind: the lower threshold is the one that can flag them.
  const lower = Math.min(thresholds.asking, thresholds.reporting);
  const publicCalmFlagged = Object.fromEntries(calm.map((rows) => [rows.name, Math.round(flaggedShare(rows, lower) * 10000) / 10000]));

  const bytes = Buffer.from(final.weights.buffer, final.weights.byteOffset, final.weights.byteLength);
  const devInputs = files.map(({ file }) => recordedInput(file));
  const metadata: TicketReaderMetadata = {
    format: 1,
    features: { words: FEATURES.words, chars: FEATURES.chars, stems: FEATURES.stems, bits: FEATURES.bits },
    scale: final.scale,
    bias: final.bias,
    thresholds: lines,
    weightsSha256: createHash("sha256").update(bytes).digest("hex"),
    training: { command: "npm run train", inputs: [...published.inputs, ...devInputs], cases: cases.length, validation: "leave one development file out" },
    scores: {
      outOfFold: {
        pooled,
        byFile,
        worth: { ...chosen.worth, confirm: doubt.worth, routine: guesses.worth },
        // The account's own lines and what they do; the shipped lines differ when they fall under the bar (frontier.ts).
        account: { lines: account, figures: byAccount },
        chosenBy,
        frontier: tradeOff,
      },
      publicCalmFlagged,
      publicBudget: PUBLIC_BUDGET,
    },
  };
  const report = [
    `ticket reader: thresholds ${JSON.stringify(lines)}, chosen by the ${chosenBy === "account" ? "account" : "recall bar"} (out-of-fold, each file read by a model trained on the others; engine alone → engine + reader)`,
    ...(chosenBy === "bar" ? [`  the account chose ${JSON.stringify(account)}: ${line("pooled", pooled.engine, byAccount).trim()}, under the bar`] : []),
    ...Object.entries(byFile).map(([name, f]) => line(name, f.engine, f.withReader)),
    line("pooled", pooled.engine, pooled.withReader),
    `  the doubt of learned needs (line ${lines.confirm}, account's worth ${doubt.worth}): ${line("pooled", pooled.raisingOnly, pooled.doubtingNeeds).trim()}`,
    `  then the policy's guesses (line ${lines.routine}, account's worth ${guesses.worth}): ${line("pooled", pooled.doubtingNeeds, pooled.withReader).trim()}`,
    `  public calm validation rows flagged (budget ${PUBLIC_BUDGET}): ${JSON.stringify(publicCalmFlagged)}`,
    `  the trade-off over every setting of its lines (missed → calm escalated, of ${pooled.engine.mustEscalate} and ${pooled.engine.mustNot}): ${tradeOff.points.map((p) => `${p.missed}→${p.overEscalated}`).join(", ")}`,
    `  missing at most ${tradeOff.barMisses} (recall ${percent(pooled.engine.mustEscalate - tradeOff.barMisses, pooled.engine.mustEscalate)}), the best setting escalates ${tradeOff.calmAtBar === null ? "– (no setting misses so few)" : `${tradeOff.calmAtBar} calm (${percent(tradeOff.calmAtBar, pooled.engine.mustNot)})`}`,
  ];
  return { metadata, bytes, report };
}

async function main(): Promise<void> {
  const log = (text: string) => process.stderr.write(`${text}\n`);
  let readCandidatesModel: ConceptModel | undefined;
  if (learnedFromReadCandidates()) {
    log("ticket reader: the concept model learned the read candidates' calm sentences; training one without them to replay those files…");
    readCandidatesModel = conceptModelWithoutCalmRegister(log);
  }
  const { metadata, bytes, report } = await trainTicketReader(developmentFiles(true), log, readCandidatesModel);
  mkdirSync(MODEL_DIR, { recursive: true });
  writeFileSync(join(MODEL_DIR, TICKET_READER_WEIGHTS), bytes);
  writeFileSync(join(MODEL_DIR, TICKET_READER_METADATA), `${JSON.stringify(metadata, null, 2)}\n`);
  process.stdout.write([...report, `wrote ${join(MODEL_DIR, TICKET_READER_WEIGHTS)} (${bytes.length} bytes)`].join("\n") + "\n");
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  main().catch((error: unknown) => {
    process.stderr.write(`train: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
}
