/**
 * Charts for the eval reports, as static SVG (see src/analytics/svg-chart.ts):
 * the report carries no script and loads nothing.
 */
import { renderSvgChart } from "../../src/analytics/svg-chart.js";
import type { ConfusionMatrix } from "../scorers/classification.js";

/**
 * Rows are what was expected, columns what the agent said; the diagonal is
 * right. Rows and columns nobody used are dropped so the picture stays legible.
 */
export function confusionHeatmap(title: string, confusion: ConfusionMatrix): string {
  const used = confusion.labels
    .map((label, i) => ({ label, i }))
    .filter(({ i }) => (confusion.matrix[i] ?? []).some((v) => v > 0) || confusion.matrix.some((row) => (row[i] ?? 0) > 0));
  const labels = used.map((u) => u.label);
  const data: Array<[number, number, number]> = [];
  let max = 1;
  used.forEach((row, y) =>
    used.forEach((col, x) => {
      const value = confusion.matrix[row.i]?.[col.i] ?? 0;
      max = Math.max(max, value);
      data.push([x, y, value]);
    }),
  );
  const cell = 46;
  const width = Math.max(420, 190 + cell * labels.length);
  const height = 190 + cell * labels.length;
  return renderSvgChart(width, height, {
    title: { text: title, subtext: "rows: expected · columns: predicted", left: "center", textStyle: { fontSize: 14 } },
    grid: { left: 160, right: 20, top: 60, bottom: 130 },
    xAxis: { type: "category", data: labels, axisLabel: { rotate: 45, interval: 0 }, splitArea: { show: true } },
    yAxis: { type: "category", data: labels, inverse: true, axisLabel: { interval: 0 }, splitArea: { show: true } },
    visualMap: { min: 0, max, show: false, inRange: { color: ["#f7fbff", "#6baed6", "#08306b"] } },
    series: [
      {
        type: "heatmap",
        data: data.filter(([, , v]) => v > 0),
        label: { show: true, fontSize: 11 },
        itemStyle: { borderColor: "#fff", borderWidth: 1 },
      },
    ],
  });
}

export interface BarSeries {
  name: string;
  /** Shares 0–1; null draws no bar. */
  values: Array<number | null>;
}

/** Grouped horizontal bars of shares (0–100 %), one group per category. */
export function shareBars(title: string, categories: readonly string[], series: readonly BarSeries[]): string {
  const height = 110 + categories.length * (14 * series.length + 14);
  return renderSvgChart(760, Math.max(200, height), {
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    // A legend only where there is something to tell apart.
    legend: { show: series.length > 1, bottom: 0 },
    grid: { left: 170, right: 60, top: 40, bottom: 56 },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
    yAxis: { type: "category", data: [...categories], inverse: true, axisLabel: { interval: 0 } },
    series: series.map((s) => ({
      name: s.name,
      type: "bar",
      // Cut, not rounded: a bar never shows more than was measured.
      data: s.values.map((v) => (v === null ? null : Math.trunc(v * 1000 + 1e-9) / 10)),
      label: { show: true, position: "right", formatter: "{c} %", fontSize: 10 },
    })),
  });
}
