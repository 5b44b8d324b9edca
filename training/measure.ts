/**
 * Scores of the concept model on labelled utterances, per source: for each
 * concept its recall at the chosen threshold, and how often routine rows
 * ("none") reach any threshold — the sentence-level false-alarm rate.
 */
import { CONCEPTS, type Concept } from "../src/rules/concepts/concepts.js";
import type { ConceptModel } from "../src/rules/concepts/model.js";
import type { Example } from "../datasets/example.js";

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

/** Below this a concept is not the model's majority reading of the sentence. */
const MIN_THRESHOLD = 0.5;
/** Above this the concept would hardly ever be read; the cap keeps a concept alive. */
const MAX_THRESHOLD = 0.95;

/** Share of routine validation rows allowed to reach a concept's threshold, per group of sources. */
export interface FalseAlarmBudget {
  /** Our own hard negatives and routine ticket sentences. */
  readonly inDomain: number;
  /** The public sets' routine rows (many, and mostly far from support text). */
  readonly public: number;
}

/** Validation sources written in our product's words: their false alarms predict our tickets'. */
export const IN_DOMAIN_SOURCES: ReadonlySet<string> = new Set(["concept-examples", "project-routine"]);

/**
 * Per concept, a threshold from MIN_THRESHOLD up, raised until no more than
 * the budget's share of the routine validation rows of EACH group reaches
 * ANY concept's threshold: our own routine and hard-negative sentences, and
 * the public sets. The budget is on the union because a ticket escalates
 * when any concept fires; per-concept budgets add up over eight concepts.
 * Each step raises by 0.01 the threshold of the concept that fires on the
 * most routine rows of the group over its budget.
 */
export function chooseThresholds(model: ConceptModel, rows: readonly Example[], budget: FalseAlarmBudget): Record<Concept, number> {
  const routine = rows.filter((r) => r.label === "none");
  const groups = [
    { rows: routine.filter((r) => IN_DOMAIN_SOURCES.has(r.source)), maxFalseAlarm: budget.inDomain },
    { rows: routine.filter((r) => !IN_DOMAIN_SOURCES.has(r.source)), maxFalseAlarm: budget.public },
  ]
    .filter((group) => group.rows.length > 0)
    .map((group) => ({
      allowed: Math.floor(group.rows.length * group.maxFalseAlarm),
      probabilities: group.rows.map((r) => model.score(r.text, r.language).probabilities),
    }));
  const thresholds = Object.fromEntries(CONCEPTS.map((c) => [c, MIN_THRESHOLD])) as Record<Concept, number>;
  const fires = (p: Record<string, number>, c: Concept) => (p[c] ?? 0) >= thresholds[c];
  for (const group of groups) {
    for (;;) {
      const alarms = group.probabilities.filter((p) => CONCEPTS.some((c) => fires(p, c)));
      if (alarms.length <= group.allowed) break;
      const raisable = CONCEPTS.filter((c) => thresholds[c] < MAX_THRESHOLD);
      if (raisable.length === 0) break;
      const worst = raisable.reduce((a, b) => (alarms.filter((p) => fires(p, b)).length > alarms.filter((p) => fires(p, a)).length ? b : a));
      thresholds[worst] = Math.round((thresholds[worst] + 0.01) * 100) / 100;
    }
  }
  return thresholds;
}
