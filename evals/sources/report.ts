/**
 * The cross-source figures as markdown: the headline (the tuned set beside
 * the worst unseen source), one row per source, and per-language rows for
 * the sets that have several languages.
 */
import { shareBars } from "../report/charts.js";
import type { SliceFigures, SourceFigures } from "./measure.js";

const pct = (value: number | null) => (value === null ? "–" : `${(value * 100).toFixed(1)} %`);

function row(name: string, f: SliceFigures): string {
  return `| ${name} | ${f.mustEscalate} | ${pct(f.recall)} | ${f.criticalMisses.length} | ${f.mustNotEscalate} | ${pct(f.overEscalation)} | ${pct(f.decisionAccuracy)} |`;
}

const HEAD = "| source | must escalate | recall | misses | must not | over-escalation | decision accuracy |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |";

export function worstUnseen(all: readonly SourceFigures[]): { recall: SourceFigures | null; overEscalation: SourceFigures | null } {
  const unseen = all.filter((s) => s.role === "unseen");
  const byRecall = unseen.filter((s) => s.recall !== null).sort((a, b) => (a.recall as number) - (b.recall as number));
  const byOver = unseen.filter((s) => s.overEscalation !== null).sort((a, b) => (b.overEscalation as number) - (a.overEscalation as number));
  return { recall: byRecall[0] ?? null, overEscalation: byOver[0] ?? null };
}

export function renderMarkdown(all: readonly SourceFigures[]): string {
  const tuned = all.find((s) => s.role === "tuned");
  const worst = worstUnseen(all);
  const lines: string[] = [];
  if (tuned && worst.recall) {
    lines.push(
      `Recall: ${pct(tuned.recall)} on ${tuned.source} (tuned), ${pct(worst.recall.recall)} on ${worst.recall.source} (worst unseen). ` +
        `Over-escalation: ${pct(tuned.overEscalation)} on ${tuned.source}, ${pct(worst.overEscalation?.overEscalation ?? null)} on ${worst.overEscalation?.source ?? "–"} (worst unseen).`,
      "",
    );
  }
  lines.push(HEAD, ...all.map((s) => row(`${s.source}${s.role === "tuned" ? " (tuned)" : ""}`, s)), "");
  const multilingual = all.filter((s) => Object.keys(s.byLanguage).length > 1);
  if (multilingual.length > 0) {
    lines.push("Per language:", "", HEAD);
    for (const s of multilingual) for (const [language, f] of Object.entries(s.byLanguage)) lines.push(row(`${s.source} · ${language}`, f));
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

/** The same figures as a chart: recall, over-escalation and decision accuracy per source (SVG). */
export function renderChart(all: readonly SourceFigures[]): string {
  return shareBars(
    "Escalation per source (offline engine)",
    all.map((s) => `${s.source}${s.role === "tuned" ? " (tuned)" : ""}`),
    [
      { name: "must-escalate recall", values: all.map((s) => s.recall) },
      { name: "over-escalation", values: all.map((s) => s.overEscalation) },
      { name: "decision accuracy", values: all.map((s) => s.decisionAccuracy) },
    ],
  );
}
