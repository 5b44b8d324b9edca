/**
 * The same questions asked per slice (labelled category, language, customer
 * tier, theme tag), so a weak spot — say, every Japanese ticket — shows up
 * instead of hiding in an overall average.
 */
import { CATEGORIES } from "../../src/domain/taxonomy.js";
import { escalates, type LabelledCase } from "../case-result.js";
import { ratio } from "./ratio.js";

export interface SliceScore {
  slice: string;
  n: number;
  /** Share whose predicted category is the labelled one. */
  categoryAccuracy: number | null;
  /** Share whose decision type is in the accepted set. */
  decisionAccuracy: number | null;
  criticalMisses: number;
}

export interface Slices {
  byCategory: SliceScore[];
  byLanguage: SliceScore[];
  byTier: SliceScore[];
  byTag: SliceScore[];
}

export function scoreSlices(cases: readonly LabelledCase[]): Slices {
  return {
    byCategory: sliceBy(cases, (c) => [c.labels.category], CATEGORIES),
    byLanguage: sliceBy(cases, (c) => [c.labels.language]),
    byTier: sliceBy(cases, (c) => [c.tier]),
    byTag: sliceBy(cases, (c) => c.tags),
  };
}

/** `order` lists slices first in that order (empty ones included); others follow alphabetically. */
export function sliceBy(cases: readonly LabelledCase[], keys: (c: LabelledCase) => readonly string[], order: readonly string[] = []): SliceScore[] {
  const groups = new Map<string, LabelledCase[]>(order.map((k) => [k, []]));
  for (const c of cases) {
    for (const key of keys(c)) groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const named = [...order, ...[...groups.keys()].filter((k) => !order.includes(k)).sort()];
  return named.map((slice) => score(slice, groups.get(slice) ?? []));
}

function score(slice: string, group: readonly LabelledCase[]): SliceScore {
  const categoryHits = group.filter((c) => c.predicted?.category === c.labels.category).length;
  const decisionHits = group.filter((c) => c.predicted !== null && c.labels.decision.includes(c.predicted.decision)).length;
  const misses = group.filter((c) => c.labels.must_escalate === true && !escalates(c.predicted?.decision)).length;
  return {
    slice,
    n: group.length,
    categoryAccuracy: ratio(categoryHits, group.length),
    decisionAccuracy: ratio(decisionHits, group.length),
    criticalMisses: misses,
  };
}
