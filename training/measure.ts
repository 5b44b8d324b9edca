/**
 * Scores of the concept model on labelled utterances, per source: for each
 * concept its recall at the chosen threshold, and how often routine rows
 * ("none") reach any threshold — the sentence-level false-alarm rate.
 */
import { CONCEPTS, type Concept } from "../src/rules/concepts/concepts.js";
import type { ConceptModel } from "../src/rules/concepts/model.js";
import type { Example } from "./sources/example.js";

export interface SourceScore {
  rows: number;
  /** Rows of a concept whose concept reached its threshold. */
  conceptRecall: number | null;
  /** Routine rows on which some concept reached its threshold. */
  falseAlarmRate: number | null;
  positives: number;
  negatives: number;
  /** Recall per concept, where the source has rows of it. */
  byConcept: Record<string, number>;
}

export function scoreRows(model: ConceptModel, rows: readonly Example[], thresholds: Readonly<Record<string, number>>): SourceScore {
  let positives = 0;
  let found = 0;
  let negatives = 0;
  let alarms = 0;
  const perConcept = new Map<string, { rows: number; found: number }>();
  for (const row of rows) {
    if (row.label === null) continue;
    const { probabilities } = model.score(row.text, row.language);
    if (row.label === "none") {
      negatives++;
      if (CONCEPTS.some((c) => probabilities[c] >= (thresholds[c] ?? 1))) alarms++;
    } else {
      positives++;
      const tally = perConcept.get(row.label) ?? { rows: 0, found: 0 };
      tally.rows++;
      if (probabilities[row.label] >= (thresholds[row.label] ?? 1)) {
        found++;
        tally.found++;
      }
      perConcept.set(row.label, tally);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? null : Math.round((a / b) * 1000) / 1000);
  const byConcept = Object.fromEntries([...perConcept.entries()].map(([concept, t]) => [concept, ratio(t.found, t.rows) ?? 0]));
  return { rows: rows.length, conceptRecall: ratio(found, positives), falseAlarmRate: ratio(alarms, negatives), positives, negatives, byConcept };
}

/**
 * Per concept, the lowest threshold (from 0.5 up) at which no more than
 * `maxFalseAlarm` of the routine validation rows reach it: a miss costs a
 * customer a person, but a false alarm on every fiftieth routine sentence
 * would escalate most long tickets.
 */
/** Below this a concept is not the model's majority reading of the sentence. */
const MIN_THRESHOLD = 0.5;

export function chooseThresholds(model: ConceptModel, rows: readonly Example[], maxFalseAlarm: number): Record<Concept, number> {
  const routine = rows.filter((r) => r.label === "none").map((r) => model.score(r.text, r.language).probabilities);
  const thresholds = {} as Record<Concept, number>;
  for (const concept of CONCEPTS) {
    const scores = routine.map((p) => p[concept]).sort((a, b) => b - a);
    const allowed = Math.floor(scores.length * maxFalseAlarm);
    // The score of the (allowed+1)-th highest routine row must stay below the threshold.
    const ceiling = scores[allowed] ?? 0;
    thresholds[concept] = Math.max(MIN_THRESHOLD, Math.min(0.95, Math.ceil((ceiling + 1e-4) * 100) / 100));
  }
  return thresholds;
}
