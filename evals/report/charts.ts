/**
 * Charts for the eval reports, as static SVG (see src/charts): the report
 * carries no script and loads nothing.
 */
import { heatmap, horizontalBars, type BarSeries } from "../../src/charts/index.js";
import type { ConfusionMatrix } from "../scorers/classification.js";

/**
 * Rows are what was expected, columns what the agent said; the diagonal is
 * right. Rows and columns nobody used are dropped so the picture stays legible.
 */
export function confusionHeatmap(title: string, confusion: ConfusionMatrix): string {
  const used = confusion.labels
    .map((label, i) => ({ label, i }))
    .filter(({ i }) => (confusion.matrix[i] ?? []).some((v) => v > 0) || confusion.matrix.some((row) => (row[i] ?? 0) > 0));
  return heatmap({
    title,
    subtitle: "rows: expected · columns: predicted",
    labels: used.map((u) => u.label),
    values: used.map((row) => used.map((col) => confusion.matrix[row.i]?.[col.i] ?? 0)),
  });
}

/** Grouped horizontal bars of shares (values 0–1, drawn as 0–100 %; null draws no bar), one group per category. */
export function shareBars(title: string, categories: readonly string[], series: readonly BarSeries[]): string {
  return horizontalBars({
    title,
    width: 760,
    max: 100,
    unit: " %",
    categories,
    series: series.map((s) => ({
      name: s.name,
      // Cut, not rounded: a bar never shows more than was measured.
      values: s.values.map((v) => (v === null ? null : Math.trunc(v * 1000 + 1e-9) / 10)),
    })),
  });
}
