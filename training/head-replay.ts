/**
 * A head's threshold (concepts.ts, HEAD_FILES), chosen on replays of the whole engine.
 *
 * The main model's tuning (tune-thresholds.ts) counts a ticket as escalated
 * when the rules do or any concept passes its threshold. That stand-in is
 * blind to what the engine does with a need only the learned reader found:
 * the ticket reader doubts it when the whole conversation reads as routine
 * (src/rules/ticket-reader/). For the eight concepts it errs the same way at
 * every threshold; for staff requests, which the pattern families already
 * catch on the development files they were written from, it leaves only the
 * cost side, and the staff-request head stayed silent (evals/RESULTS.md,
 * thirteenth pass). So a head's threshold is chosen on the decisions the
 * engine really makes.
 *
 * Read: the development set and the read candidates
 * (sources/read-candidates.ts, evals/datasets/candidates/README.md). The unread checks are not.
 * The replay's ticket reader is given (training/heads.ts trains one on dev/
 * alone): the committed reader learned from the candidate files too, and in
 * sample there it raises nearly every missed escalation itself, which left
 * every head silent.
 */
import { MISS_WEIGHT } from "./miss-weight.js";
import { escalates } from "../evals/case-result.js";
import type { EvalItem } from "../evals/dataset-schema.js";
import { runDataset } from "../evals/runner.js";
import { readConceptSignals } from "../src/rules/concepts/engine.js";
import type { HeadConcept } from "../src/rules/concepts/concepts.js";
import { useConceptModel, withThresholds, type ConceptModel } from "../src/rules/concepts/model.js";
import { useTicketReaderModel, type TicketReaderModel } from "../src/rules/ticket-reader/model.js";
import { developmentTickets } from "./sources/development-tickets.js";

/** Candidate thresholds, high to low (1, the head silent, is where the descent starts). */
const GRID = [0.99, 0.97, 0.95, 0.93, 0.9, 0.88, 0.85, 0.82, 0.8, 0.75, 0.7, 0.65, 0.6];

export interface ReplayFigures {
  threshold: number;
  /** Must-escalate cases the engine misses with the head at this threshold, of all it must escalate. */
  misses: number;
  mustEscalate: number;
  overEscalated: number;
  mustNot: number;
}

/** The items where the head can speak at all: its best admissible score over their messages reaches `lowest`. */
function itemsItCanRead(concept: HeadConcept, items: readonly EvalItem[], open: ConceptModel, lowest: number): Set<EvalItem> {
  const best = (item: EvalItem) => {
    const messages = [`${item.ticket.subject ?? ""}\n${item.ticket.description}`, ...item.turns.map((t) => t.message)];
    const scores = messages.flatMap((m) =>
      readConceptSignals(m, item.labels.language)
        .findings.filter((f) => f.concept === concept)
        .map((f) => f.score),
    );
    return Math.max(0, ...scores);
  };
  useConceptModel(open);
  try {
    return new Set(items.filter((item) => best(item) >= lowest));
  } finally {
    useConceptModel(null);
  }
}

async function replay(
  items: readonly EvalItem[],
  model: ConceptModel,
  reader: TicketReaderModel,
): Promise<Map<string, { must: boolean | "either"; escalated: boolean }>> {
  useConceptModel(model);
  useTicketReaderModel(reader);
  try {
    const results = await runDataset(items, { model: "rules" });
    return new Map(results.flatMap((r) => (r.labels ? [[r.id, { must: r.labels.must_escalate, escalated: escalates(r.predicted?.decision) }]] : [])));
  } finally {
    useConceptModel(null);
    useTicketReaderModel(null);
  }
}

/**
 * Replays, at each threshold of the grid, the items where the head can speak
 * at all (its best score reaches the grid's bottom), against the head silent;
 * every other item decides the same at every threshold. Then steps down the
 * grid while MISS_WEIGHT times the share of the missed escalations a step
 * finds exceeds the share of calm cases it escalates (the main tuning's
 * worth-it rule, miss-weight.ts), and keeps the step with the best balance.
 */
export async function chooseByReplay(
  concept: HeadConcept,
  model: ConceptModel,
  reader: TicketReaderModel,
  log: (line: string) => void,
): Promise<{ threshold: number; figures: ReplayFigures[] }> {
  const all = developmentTickets();
  const at = (threshold: number) => withThresholds(model, { ...model.metadata.thresholds, [concept]: threshold });
  const open = at(0);
  const lowest = Math.min(...GRID);
  const readable = itemsItCanRead(concept, all, open, lowest);
  const items = [...readable];
  log(`${concept} head: replaying ${items.length} of ${all.length} development items where it can speak…`);
  const totals = await replay(
    all.filter((item) => !readable.has(item)),
    at(2),
    reader,
  );
  const figuresAt = async (threshold: number): Promise<ReplayFigures> => {
    const decided = new Map([...totals, ...(await replay(items, at(threshold), reader))]);
    const cases = [...decided.values()];
    return {
      threshold,
      misses: cases.filter((c) => c.must === true && !c.escalated).length,
      mustEscalate: cases.filter((c) => c.must === true).length,
      overEscalated: cases.filter((c) => c.must === false && c.escalated).length,
      mustNot: cases.filter((c) => c.must === false).length,
    };
  };
  // The head silent is where the descent starts: even the grid's top may cost a calm case.
  const silent = { ...(await figuresAt(2)), threshold: 1 };
  const figures: ReplayFigures[] = [silent];
  for (const threshold of GRID) figures.push(await figuresAt(threshold));
  return { threshold: chooseStep(figures).threshold, figures };
}

/**
 * From the head silent (the first figures), down the grid: a step is taken
 * when, against the step held so far, MISS_WEIGHT times the share of the
 * missed escalations it finds exceeds the share of calm cases it escalates,
 * and leaves the balance (MISS_WEIGHT × recall minus over-escalation) better.
 */
export function chooseStep(figures: readonly ReplayFigures[]): ReplayFigures {
  const [silent, ...grid] = figures;
  if (!silent) throw new Error("no replay figures");
  const balance = (f: ReplayFigures) => -MISS_WEIGHT * (f.misses / f.mustEscalate) - f.overEscalated / f.mustNot;
  let chosen = silent;
  for (const f of grid) {
    const found = (chosen.misses - f.misses) / f.mustEscalate;
    const cost = (f.overEscalated - chosen.overEscalated) / f.mustNot;
    if (MISS_WEIGHT * found > cost && balance(f) > balance(chosen)) chosen = f;
  }
  return chosen;
}
