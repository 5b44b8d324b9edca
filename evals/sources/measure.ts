/**
 * The figures the cross-source protocol reports for one source: escalation
 * recall and critical misses, over-escalation, decision accuracy where the
 * source labels decisions, and the same per language.
 */
import { isLabelled, type CaseResult, type LabelledCase } from "../case-result.js";
import { scoreEscalation } from "../scorers/escalation.js";

export interface SliceFigures {
  cases: number;
  mustEscalate: number;
  recall: number | null;
  criticalMisses: string[];
  mustNotEscalate: number;
  overEscalation: number | null;
  overEscalated: string[];
  /** Share of cases whose decision is in the label's accepted set; null where decisions are not labelled. */
  decisionAccuracy: number | null;
}

export interface SourceFigures extends SliceFigures {
  source: string;
  /** Whether the model was tuned on this source (the bundled set) or it is unseen. */
  role: "tuned" | "unseen";
  byLanguage: Record<string, SliceFigures>;
}

const round = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export function figures(cases: readonly LabelledCase[], decisionsLabelled: boolean): SliceFigures {
  const escalation = scoreEscalation(cases);
  const correct = cases.filter((c) => c.predicted !== null && c.labels.decision.includes(c.predicted.decision)).length;
  return {
    cases: cases.length,
    mustEscalate: escalation.mustEscalate,
    recall: round(escalation.recall),
    criticalMisses: escalation.criticalMisses.map((m) => m.id),
    mustNotEscalate: escalation.mustNotEscalate,
    overEscalation: round(escalation.overEscalationRate),
    overEscalated: escalation.overEscalated,
    decisionAccuracy: decisionsLabelled && cases.length > 0 ? round(correct / cases.length) : null,
  };
}

export function sourceFigures(source: string, role: SourceFigures["role"], results: readonly CaseResult[], decisionsLabelled: boolean): SourceFigures {
  const cases = results.filter(isLabelled);
  const languages = new Map<string, LabelledCase[]>();
  for (const c of cases) languages.set(c.labels.language, [...(languages.get(c.labels.language) ?? []), c]);
  const byLanguage = Object.fromEntries([...languages.entries()].sort().map(([language, group]) => [language, figures(group, decisionsLabelled)]));
  return { source, role, ...figures(cases, decisionsLabelled), byLanguage };
}
