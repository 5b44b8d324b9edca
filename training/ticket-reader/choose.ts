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
import type { MessageKind } from "../../src/rules/ticket-reader/read.js";

const MESSAGE_KINDS: readonly MessageKind[] = ["asking", "reporting"];

export interface ReadCase {
  id: string;
  file: string;
  needsPerson: boolean;
  engineEscalates: boolean;
  /** The kind of its latest message, as the rules read it (src/rules/ticket-reader/read.ts). */
  kind: MessageKind;
  /** Out-of-fold probability. */
  probability: number;
}

export const THRESHOLD_GRID = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5];
/** How much more a found escalation weighs than a calm case escalated (see above). */
export const MISS_WEIGHT = 2;
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

export function figures(cases: readonly ReadCase[], thresholds: Thresholds | number): Figures {
  const at = (kind: MessageKind) => (typeof thresholds === "number" ? thresholds : thresholds[kind]);
  const positives = cases.filter((c) => c.needsPerson);
  const negatives = cases.filter((c) => !c.needsPerson);
  const escalates = (c: ReadCase) => c.engineEscalates || c.probability >= at(c.kind);
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
