/**
 * Chooses the concept thresholds on whole tickets: the development set
 * (evals/datasets/dev/), labelled like the bundled set by writers who never
 * saw the engine. A sentence-level false-alarm rate says little about what a
 * support lead sees: a long email has twenty sentences, and one of them
 * reaching any of eight thresholds escalates the ticket.
 *
 * The engine is replayed once with the learned layer silent (what the rules
 * alone decide) and the concept scores are read once per case; a threshold
 * set then predicts a case's escalation as "the rules escalate, or a concept
 * reaches its threshold" (every reading above a threshold is at least a need
 * a person carries out). The search lowers one concept's threshold at a time,
 * taking the step that finds most missed escalations per false alarm, and
 * only a step worth taking: one where MISS_WEIGHT times the share of the
 * missed escalations it finds exceeds the share of calm cases it escalates
 * (miss-weight.ts; so MISS_WEIGHT × recall minus over-escalation rises). The public sets' validation rows take
 * part the same way (readPublicCases), each within its own over-escalation
 * budget; last, each threshold goes down as far as it costs no set a false
 * alarm.
 *
 * The ticket reader (src/rules/ticket-reader/) is silent in these replays:
 * it is trained on the same development tickets and sits on top of the
 * concepts (training/ticket-reader/ chooses its threshold after these).
 *
 * The locked splits and the history holdout are never read here
 * (test/training/locked-split.test.ts).
 */
import { MISS_WEIGHT } from "./miss-weight.js";
import type { CaseResult } from "../evals/case-result.js";
import type { EvalItem } from "../evals/dataset-schema.js";
import { runDataset } from "../evals/runner.js";
import { CONCEPTS, type Concept } from "../src/rules/concepts/concepts.js";
import { readConceptSignals } from "../src/rules/concepts/engine.js";
import { conceptModel, useConceptModel, withThresholds, type ConceptModel } from "../src/rules/concepts/model.js";
import { toEvalItem } from "../evals/sources/public-items.js";
import { fixedTicketReader, useTicketReaderModel } from "../src/rules/ticket-reader/model.js";
import type { Example } from "../datasets/example.js";

/** Concepts whose reading can escalate a ticket (churn is evidence only: src/rules/concepts/engine.ts). */
const ESCALATING: readonly Concept[] = CONCEPTS.filter((c) => c !== "churn");

/** Candidate thresholds, high to low. */
const GRID = [0.99, 0.98, 0.97, 0.96, 0.95, 0.94, 0.93, 0.92, 0.91, 0.9, 0.88, 0.86, 0.84, 0.82, 0.8, 0.78, 0.75, 0.72, 0.7, 0.65, 0.6, 0.55, 0.5];

export interface DevCase {
  id: string;
  mustEscalate: boolean | "either";
  rulesEscalate: boolean;
  /** Per concept, the best admissible sentence score over the messages read so far. */
  scores: Partial<Record<Concept, number>>;
}

export interface DevFigures {
  mustEscalate: number;
  misses: number;
  mustNot: number;
  overEscalated: number;
  recall: number;
  overEscalation: number;
}

const silent = (model: ConceptModel) => withThresholds(model, Object.fromEntries(CONCEPTS.map((c) => [c, 1])));
const open = (model: ConceptModel) => withThresholds(model, Object.fromEntries(CONCEPTS.map((c) => [c, 0])));

function messagesRead(item: EvalItem, turn: number): string[] {
  const first = `${item.ticket.subject ?? ""}\n${item.ticket.description}`;
  return [first, ...item.turns.slice(0, turn).map((t) => t.message)];
}

/** Per concept, the best admissible score over `messages`, read by the concept model in use. */
function bestScores(messages: readonly string[], language: string): Partial<Record<Concept, number>> {
  const scores: Partial<Record<Concept, number>> = {};
  for (const message of messages) {
    for (const finding of readConceptSignals(message, language).findings) scores[finding.concept] = Math.max(scores[finding.concept] ?? 0, finding.score);
  }
  return scores;
}

/** Replays the development set: the rules' own decision and the concept scores of every scored case. */
export async function readDevCases(items: readonly EvalItem[], base: ConceptModel = conceptModel()): Promise<DevCase[]> {
  let results: CaseResult[];
  useConceptModel(silent(base));
  useTicketReaderModel(fixedTicketReader(Infinity));
  try {
    results = await runDataset(items, { model: "rules" });
  } finally {
    useConceptModel(null);
    useTicketReaderModel(null);
  }
  const byId = new Map(items.map((item) => [item.id, item]));
  const reader = open(base);
  useConceptModel(reader);
  try {
    return results.flatMap((result) => {
      const item = byId.get(result.itemId);
      if (!result.labels || !item || !result.predicted) return [];
      const scores = bestScores(messagesRead(item, result.turn), result.predicted.language);
      return [{ id: result.id, mustEscalate: result.labels.must_escalate, rulesEscalate: result.predicted.decision !== "no_escalation", scores }];
    });
  } finally {
    useConceptModel(null);
  }
}

function escalates(c: DevCase, thresholds: Readonly<Record<string, number>>): boolean {
  return c.rulesEscalate || ESCALATING.some((concept) => (c.scores[concept] ?? 0) >= (thresholds[concept] ?? 1));
}

export function devFigures(cases: readonly DevCase[], thresholds: Readonly<Record<string, number>>): DevFigures {
  let mustEscalate = 0;
  let misses = 0;
  let mustNot = 0;
  let overEscalated = 0;
  for (const c of cases) {
    const did = escalates(c, thresholds);
    if (c.mustEscalate === true) {
      mustEscalate++;
      if (!did) misses++;
    } else if (c.mustEscalate === false) {
      mustNot++;
      if (did) overEscalated++;
    }
  }
  return {
    mustEscalate,
    misses,
    mustNot,
    overEscalated,
    recall: mustEscalate === 0 ? 1 : 1 - misses / mustEscalate,
    overEscalation: mustNot === 0 ? 0 : overEscalated / mustNot,
  };
}

/**
 * Which thresholds the descent may move (default: every concept that can escalate) and the ones held where
 * they are: a head is tuned with the eight concepts' thresholds fixed at the main model's.
 */
export interface ThresholdSearch {
  search?: readonly Concept[];
  fixed?: Readonly<Record<string, number>>;
}

/** Cases thresholds are tuned on, and the over-escalation they may reach (none given: only the worth-it rule bounds it). */
export interface TuningSet {
  name: string;
  cases: readonly DevCase[];
  overEscalationBudget?: number;
}

/**
 * Greedy descent from the top of the grid over one or several sets at once.
 * `floors` are thresholds a concept may not go below (the sentence-level
 * false-alarm budget, chosen in train.ts). A step must keep every set
 * within its own budget (if it has one), and the step taken finds the largest share of each
 * set's missed escalations per share of its calm cases it escalates. Shares,
 * not counts: a set of 3,000 chat lines must not outvote 360 tickets, and
 * one set's gain never pays for another's false alarms beyond its budget.
 */
export function chooseThresholds(
  sets: readonly TuningSet[],
  floors: Readonly<Record<string, number>>,
  { search = ESCALATING, fixed = {} }: ThresholdSearch = {},
): { thresholds: Record<string, number>; figures: Record<string, DevFigures> } {
  const thresholds: Record<string, number> = Object.fromEntries(CONCEPTS.map((c) => [c, fixed[c] ?? Math.max(GRID[0] ?? 1, floors[c] ?? 0)]));
  const measure = (candidate: Readonly<Record<string, number>>) => sets.map((set) => devFigures(set.cases, candidate));
  let current = measure(thresholds);
  for (;;) {
    let best: { concept: Concept; value: number; figures: DevFigures[]; gain: number } | null = null;
    for (const concept of search) {
      for (const value of GRID) {
        if (value >= (thresholds[concept] ?? 1) || value < (floors[concept] ?? 0)) continue;
        const figures = measure({ ...thresholds, [concept]: value });
        if (figures.some((f, i) => f.overEscalation > (sets[i]?.overEscalationBudget ?? 1))) continue;
        let found = 0;
        let cost = 0;
        figures.forEach((f, i) => {
          const before = current[i];
          if (!before) return;
          found += f.mustEscalate === 0 ? 0 : (before.misses - f.misses) / f.mustEscalate;
          cost += f.mustNot === 0 ? 0 : (f.overEscalated - before.overEscalated) / f.mustNot;
        });
        // Worth taking only if MISS_WEIGHT times the share of the misses it
        // finds exceeds the share of calm cases it escalates (miss-weight.ts).
        if (found <= 0 || MISS_WEIGHT * found <= cost) continue;
        // 0.005: half a point of over-escalation weighs like nothing; below
        // it, the step that finds most wins.
        const gain = found / (Math.max(0, cost) + 0.005);
        if (!best || gain > best.gain) best = { concept, value, figures, gain };
      }
    }
    if (!best) break;
    thresholds[best.concept] = best.value;
    current = best.figures;
  }
  // Then down as far as it costs nothing: a threshold the tuning sets never
  // pushed on would otherwise stay where the descent began, above phrasings
  // of sources nobody tuned on. A step is free when no set escalates one more
  // calm case.
  for (const concept of search) {
    for (const value of GRID) {
      if (value >= (thresholds[concept] ?? 1) || value < (floors[concept] ?? 0)) continue;
      const figures = measure({ ...thresholds, [concept]: value });
      if (figures.some((f, i) => f.overEscalated > (current[i]?.overEscalated ?? 0))) break;
      thresholds[concept] = value;
      current = figures;
    }
  }
  return { thresholds, figures: Object.fromEntries(sets.map((set, i) => [set.name, current[i] as DevFigures])) };
}

/**
 * A public set's validation rows as tuning cases, read cheaply: the concept
 * scores of every row, and the rules' decision only where it can matter —
 * rows that must escalate, and calm rows some concept scores within the
 * grid. Every other calm row escalates or not whatever the thresholds are,
 * so it is counted as calm: the figures are then what the learned layer
 * adds to the rules, which is what its budget bounds.
 */
export async function readPublicCases(rows: readonly Example[], base: ConceptModel = conceptModel()): Promise<DevCase[]> {
  const lowest = Math.min(...GRID);
  useConceptModel(open(base));
  let scored: { row: Example; scores: Partial<Record<Concept, number>> }[];
  try {
    scored = rows.map((row) => ({ row, scores: bestScores([row.text], row.language) }));
  } finally {
    useConceptModel(null);
  }
  const needsRules = scored.filter(
    ({ row, scores }) => row.mustEscalate === true || (row.mustEscalate === false && Object.values(scores).some((s) => s >= lowest)),
  );
  const ruled = new Map<string, boolean>();
  useConceptModel(silent(base));
  useTicketReaderModel(fixedTicketReader(Infinity));
  try {
    const items = needsRules.map(({ row }, index) => toEvalItem(row, index));
    const rowOf = new Map(items.map((item, index) => [item.id, needsRules[index]?.row]));
    for (const result of await runDataset(items, { model: "rules" })) {
      const row = rowOf.get(result.itemId);
      if (row && result.predicted) ruled.set(row.text, result.predicted.decision !== "no_escalation");
    }
  } finally {
    useConceptModel(null);
    useTicketReaderModel(null);
  }
  return scored.flatMap(({ row, scores }, index) =>
    row.mustEscalate === "either"
      ? []
      : [{ id: `${row.source}-${index + 1}`, mustEscalate: row.mustEscalate, rulesEscalate: ruled.get(row.text) ?? false, scores }],
  );
}
