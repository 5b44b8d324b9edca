/**
 * Accuracy, per-class precision/recall/F1, macro-F1 and the confusion matrix
 * of one labelled field (category, priority, decision type, team, language).
 *
 * Labels may be accepted sets. A prediction inside the set is right, and the
 * matrix counts it on the diagonal; a prediction outside it is wrong, and the
 * matrix counts it against the set's first (preferred) value.
 */
import { f1, ratio } from "./ratio.js";

export interface LabelledPrediction {
  accepted: readonly string[];
  /** null when the agent produced nothing (a failed run): always wrong. */
  predicted: string | null;
}

/** Column for runs that produced no value, so failures stay visible in the matrix. */
export const NO_PREDICTION = "(none)";

export interface ConfusionMatrix {
  /** Row and column labels, in the same order. */
  labels: string[];
  /** matrix[expected][predicted] = count */
  matrix: number[][];
}

export interface ClassScore {
  label: string;
  precision: number | null;
  recall: number | null;
  f1: number;
  /** How often this label was expected. */
  support: number;
}

export interface FieldScore {
  n: number;
  correct: number;
  accuracy: number | null;
  /** Mean F1 over the labels that were expected or predicted at least once. */
  macroF1: number | null;
  perClass: ClassScore[];
  confusion: ConfusionMatrix;
}

export function isCorrect(pair: LabelledPrediction): boolean {
  return pair.predicted !== null && pair.accepted.includes(pair.predicted);
}

/** The value a pair counts as expected: the prediction when accepted, else the preferred label. */
export function expectedOf(pair: LabelledPrediction): string {
  if (isCorrect(pair)) return pair.predicted as string;
  const preferred = pair.accepted[0];
  if (preferred === undefined) throw new Error("a label needs at least one accepted value");
  return preferred;
}

/**
 * `universe` fixes the matrix axes (the taxonomy, in its order), so two runs'
 * matrices line up; labels outside it are appended as they occur.
 */
export function scoreField(pairs: readonly LabelledPrediction[], universe: readonly string[]): FieldScore {
  const labels = [...universe];
  const indexOf = (label: string) => {
    let i = labels.indexOf(label);
    if (i === -1) {
      labels.push(label);
      i = labels.length - 1;
    }
    return i;
  };
  const counts: Array<[number, number]> = pairs.map((pair) => [indexOf(expectedOf(pair)), indexOf(pair.predicted ?? NO_PREDICTION)]);
  const matrix = labels.map(() => labels.map(() => 0));
  for (const [row, col] of counts) (matrix[row] as number[])[col] = ((matrix[row] as number[])[col] ?? 0) + 1;

  const perClass: ClassScore[] = [];
  labels.forEach((label, i) => {
    if (label === NO_PREDICTION) return;
    const support = sum(matrix[i] ?? []);
    const predicted = sum(matrix.map((row) => row[i] ?? 0));
    if (support === 0 && predicted === 0) return;
    const hits = matrix[i]?.[i] ?? 0;
    const precision = ratio(hits, predicted);
    const recall = ratio(hits, support);
    // A label seen on one side only scores F1 0 (sklearn's zero_division=0).
    perClass.push({ label, precision, recall, f1: f1(precision, recall) ?? 0, support });
  });

  const correct = pairs.filter(isCorrect).length;
  return {
    n: pairs.length,
    correct,
    accuracy: ratio(correct, pairs.length),
    macroF1: perClass.length === 0 ? null : sum(perClass.map((c) => c.f1)) / perClass.length,
    perClass,
    confusion: { labels, matrix },
  };
}

function sum(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
