/**
 * The reader's threshold, chosen on out-of-fold readings: each development
 * file is read by a model trained on the other files (one writer held out at
 * a time), beside what the engine decides without the reader. A threshold
 * is worth what it adds: the share of missed escalations it finds, counted
 * twice, minus the share of calm cases it escalates — a missed escalation
 * is the failure an escalation agent exists to prevent, a person reading a
 * calm ticket costs minutes. No threshold worth more than nothing: silent.
 * A threshold is chosen for each kind of latest message (asking, reporting):
 * calm questions are most of what the reader would escalate wrongly.
 *
 * The public sets' calm validation utterances bound it from the other side:
 * a threshold may flag at most PUBLIC_BUDGET of any one set's calm rows
 * (the concept reader's own allowance there, training/train.ts), so one-line
 * chat in a register the tickets do not have is not escalated wholesale.
 */
import { MISS_WEIGHT } from "../miss-weight.js";
import type { MessageKind } from "../../src/rules/ticket-reader/read.js";

const MESSAGE_KINDS: readonly MessageKind[] = ["asking", "reporting"];

export interface ReadCase {
  id: string;
  file: string;
  needsPerson: boolean;
  engineEscalates: boolean;
  /** The kind of its latest message, as the rules read it (src/rules/ticket-reader/read.ts). */
  kind: MessageKind;
  /** Out-of-fold probability where the reader could raise the case (0 elsewhere: it changes nothing there). */
  probability: number;
  /**
   * Out-of-fold probability where its doubt could lower the case: the engine
   * escalates it on a need only the concept reader found, or on one of the
   * policy's guesses (absent elsewhere).
   */
  doubt?: number;
  /**
   * Which doubts lower it: the learned needs' line alone, the guesses' line
   * alone, or only both together (a doubted guess can leave a learned need
   * to decide). Absent: the learned needs' line, alone or with the other.
   */
  lowers?: DoubtReach;
}

export interface DoubtReach {
  needs: boolean;
  guesses: boolean;
  both: boolean;
}

export const THRESHOLD_GRID = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5];
/** Lines of doubt tried, lowest (doubting least) first. */
export const CONFIRM_GRID = [0.02, 0.04, 0.06, 0.08, 0.1, 0.12, 0.15, 0.2, 0.25, 0.3];
/**
 * How much more an escalation the doubt loses weighs than a calm case it
 * spares: twice what a found one is worth to raising. Lowering is held to
 * the stricter account because a miss is the failure this product exists
 * to prevent, and a doubt is the only way the reader can cause one.
 */
export const DOUBT_MISS_WEIGHT = 2 * MISS_WEIGHT;
/** Share of a public set's calm validation rows the reader may flag. */
export const PUBLIC_BUDGET = 0.01;
/** Above every probability: the reader says nothing. */
export const SILENT_THRESHOLD = 1;

export type Thresholds = Record<MessageKind, number>;

export interface Figures {
  mustEscalate: number;
  caught: number;
  mustNot: number;
  overEscalated: number;
}

const NEEDS_ONLY: DoubtReach = { needs: true, guesses: false, both: true };

/** Whether the reader's doubt lowers the case at these lines. */
function doubted(c: ReadCase, confirm: number, routine: number): boolean {
  if (c.doubt === undefined) return false;
  const reach = c.lowers ?? NEEDS_ONLY;
  const needs = c.doubt < confirm;
  const guesses = c.doubt < routine;
  return (reach.needs && needs) || (reach.guesses && guesses) || (reach.both && needs && guesses);
}

/** `confirm`: the line below which the reader doubts a learned need; `routine`: the policy's guesses (0: never). */
export function figures(cases: readonly ReadCase[], thresholds: Thresholds | number, confirm = 0, routine = 0): Figures {
  const at = (kind: MessageKind) => (typeof thresholds === "number" ? thresholds : thresholds[kind]);
  const positives = cases.filter((c) => c.needsPerson);
  const negatives = cases.filter((c) => !c.needsPerson);
  const escalates = (c: ReadCase) => (c.engineEscalates && !doubted(c, confirm, routine)) || c.probability >= at(c.kind);
  return {
    mustEscalate: positives.length,
    caught: positives.filter(escalates).length,
    mustNot: negatives.length,
    overEscalated: negatives.filter(escalates).length,
  };
}

function worth(before: Figures, after: Figures): number {
  const found = before.mustEscalate === 0 ? 0 : (after.caught - before.caught) / before.mustEscalate;
  const cost = before.mustNot === 0 ? 0 : (after.overEscalated - before.overEscalated) / before.mustNot;
  return MISS_WEIGHT * found - cost;
}

/** A public set's calm validation rows, as the reader scores them. */
export interface CalmRows {
  name: string;
  probabilities: readonly number[];
}

/** Share of calm rows at or above the threshold. */
export function flaggedShare(rows: CalmRows, threshold: number): number {
  return rows.probabilities.length === 0 ? 0 : rows.probabilities.filter((p) => p >= threshold).length / rows.probabilities.length;
}

/**
 * One threshold per kind of message. The kinds split the cases, so what each
 * threshold adds is its own: each is chosen with the other kind silent, its
 * worth counted on all cases (shares of every miss and every calm case).
 */
export function chooseThresholds(cases: readonly ReadCase[], calm: readonly CalmRows[] = []): { thresholds: Thresholds; worth: Record<MessageKind, number> } {
  const engine = figures(cases, Infinity);
  const thresholds: Thresholds = { asking: SILENT_THRESHOLD, reporting: SILENT_THRESHOLD };
  const worths: Record<MessageKind, number> = { asking: 0, reporting: 0 };
  for (const kind of MESSAGE_KINDS) {
    for (const threshold of THRESHOLD_GRID) {
      if (calm.some((rows) => flaggedShare(rows, threshold) > PUBLIC_BUDGET)) continue;
      const only = { asking: Infinity, reporting: Infinity, [kind]: threshold };
      const value = worth(engine, figures(cases, only));
      if (value > worths[kind]) {
        thresholds[kind] = threshold;
        worths[kind] = Math.round(value * 10000) / 10000;
      }
    }
  }
  return { thresholds, worth: worths };
}

/**
 * The line of doubt: below it, a need only the concept reader found does not
 * escalate (src/rules/decision.ts). Worth what it spares (the share of calm
 * cases no longer escalated) minus DOUBT_MISS_WEIGHT times what it loses
 * (the share of escalations lost), measured with the chosen thresholds in
 * place; 0 (no doubt) when no line is worth more than nothing.
 */
export function chooseConfirm(cases: readonly ReadCase[], thresholds: Thresholds): { confirm: number; worth: number } {
  const { line, worth } = bestLine(figures(cases, thresholds), (confirm) => figures(cases, thresholds, confirm));
  return { confirm: line, worth };
}

/**
 * The guesses' line (a calm customer's relationship signal, a key account's
 * problem: src/rules/decision-policy/), chosen after the learned needs' line
 * and with it in place, by the same account. A line of its own: one line for
 * both doubts traded one kind for the other (evals/RESULTS.md, fourteenth pass).
 */
export function chooseRoutine(cases: readonly ReadCase[], thresholds: Thresholds, confirm: number): { routine: number; worth: number } {
  const { line, worth } = bestLine(figures(cases, thresholds, confirm), (routine) => figures(cases, thresholds, confirm, routine));
  return { routine: line, worth };
}

/** The line of CONFIRM_GRID worth most against `before` (spared minus DOUBT_MISS_WEIGHT × lost); 0 when none is worth anything. */
function bestLine(before: Figures, at: (line: number) => Figures): { line: number; worth: number } {
  let best = { line: 0, worth: 0 };
  for (const line of CONFIRM_GRID) {
    const after = at(line);
    const lost = before.mustEscalate === 0 ? 0 : (before.caught - after.caught) / before.mustEscalate;
    const spared = before.mustNot === 0 ? 0 : (before.overEscalated - after.overEscalated) / before.mustNot;
    const value = spared - DOUBT_MISS_WEIGHT * lost;
    if (value > best.worth) best = { line, worth: Math.round(value * 10000) / 10000 };
  }
  return best;
}
