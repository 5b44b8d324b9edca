/**
 * Bar charts as static SVG: grouped horizontal bars (one group a category,
 * one bar a series) and grouped columns (one group a day). A null value
 * draws no bar and no label: nothing was measured.
 */
import { AXIS_COLOUR, FONT, GRID_COLOUR, legend, seriesColour, titleBlock } from "./frame.js";
import { linearScale, ticks } from "./scale.js";
import { element, fittedLabel, label, num, svgDocument, tooltip } from "./svg.js";

export interface BarSeries {
  name: string;
  values: ReadonlyArray<number | null>;
}

export interface BarChartSpec {
  title: string;
  categories: readonly string[];
  series: readonly BarSeries[];
  width: number;
  /** The axis end; by default the first tick at or above the largest value. */
  max?: number;
  /** Appended to tick and value labels, e.g. " %". */
  unit?: string;
  /** Whole-number ticks (counts). */
  integer?: boolean;
  /** Room on the left for category names (horizontal bars). */
  labelWidth?: number;
}

const TOP = 40;
const LEGEND_ROOM = 28;

function axis(spec: BarChartSpec): { end: number; marks: number[] } {
  const largest = Math.max(0, ...spec.series.flatMap((s) => s.values.filter((v): v is number => v !== null)));
  const marks = ticks(spec.max ?? largest, { integer: spec.integer ?? false, fixedMax: spec.max !== undefined });
  return { end: marks.at(-1) ?? 1, marks };
}

const withUnit = (value: number, unit = "") => `${num(value)}${unit}`;

/** Horizontal bars, categories top to bottom in the order given. */
export function horizontalBars(spec: BarChartSpec): string {
  const labelWidth = spec.labelWidth ?? 170;
  const bar = 12;
  const group = bar * spec.series.length + 14;
  const showLegend = spec.series.length > 1;
  const plotTop = TOP;
  const plotHeight = Math.max(1, spec.categories.length) * group;
  const height = plotTop + plotHeight + 26 + (showLegend ? LEGEND_ROOM : 0);
  const left = labelWidth;
  const right = spec.width - 60;
  const { end, marks } = axis(spec);
  const x = linearScale([0, end], [left, right]);
  const parts = [titleBlock(spec.width, spec.title)];
  for (const mark of marks) {
    parts.push(element("line", { x1: x(mark), x2: x(mark), y1: plotTop, y2: plotTop + plotHeight, stroke: GRID_COLOUR }));
    parts.push(label(x(mark), plotTop + plotHeight + 16, withUnit(mark, spec.unit), { "text-anchor": "middle", "font-size": 11, fill: AXIS_COLOUR }));
  }
  spec.categories.forEach((category, c) => {
    const groupTop = plotTop + c * group + 7;
    parts.push(
      fittedLabel(left - 8, groupTop + (bar * spec.series.length) / 2 + 4, category, Math.floor((left - 12) / 6.5), {
        "text-anchor": "end",
        "font-size": 11,
        fill: AXIS_COLOUR,
      }),
    );
    spec.series.forEach((series, s) => {
      const value = series.values[c];
      if (value === null || value === undefined) return;
      const y = groupTop + s * bar;
      const text = withUnit(value, spec.unit);
      parts.push(
        element(
          "rect",
          { x: left, y, width: Math.max(0, x(value) - left), height: bar - 2, fill: seriesColour(s) },
          tooltip(`${series.name}: ${category} ${text}`),
        ),
      );
      parts.push(label(x(value) + 4, y + bar - 3, text, { "font-size": 10, fill: "#333" }));
    });
  });
  parts.push(element("line", { x1: left, x2: left, y1: plotTop, y2: plotTop + plotHeight, stroke: AXIS_COLOUR }));
  if (showLegend)
    parts.push(
      legend(
        spec.width,
        height - 10,
        spec.series.map((s) => s.name),
      ),
    );
  return svgDocument(spec.width, height, { "font-family": FONT, role: "img", "aria-label": spec.title }, parts);
}

/** Vertical columns, categories left to right; their names thinned out where they would overlap. */
export function columnBars(spec: BarChartSpec & { height: number }): string {
  const showLegend = spec.series.length > 1;
  const left = 50;
  const right = spec.width - 20;
  const plotTop = TOP;
  const plotBottom = spec.height - 34 - (showLegend ? LEGEND_ROOM : 0);
  const { end, marks } = axis(spec);
  const y = linearScale([0, end], [plotBottom, plotTop]);
  const slot = (right - left) / Math.max(1, spec.categories.length);
  const bar = Math.max(1, (slot * 0.7) / Math.max(1, spec.series.length));
  const every = Math.max(1, Math.ceil(72 / slot));
  const parts = [titleBlock(spec.width, spec.title)];
  for (const mark of marks) {
    parts.push(element("line", { x1: left, x2: right, y1: y(mark), y2: y(mark), stroke: GRID_COLOUR }));
    parts.push(label(left - 6, y(mark) + 4, withUnit(mark, spec.unit), { "text-anchor": "end", "font-size": 11, fill: AXIS_COLOUR }));
  }
  spec.categories.forEach((category, c) => {
    const slotLeft = left + c * slot + slot * 0.15;
    if (c % every === 0) parts.push(label(left + (c + 0.5) * slot, plotBottom + 16, category, { "text-anchor": "middle", "font-size": 11, fill: AXIS_COLOUR }));
    spec.series.forEach((series, s) => {
      const value = series.values[c];
      if (value === null || value === undefined) return;
      parts.push(
        element(
          "rect",
          { x: slotLeft + s * bar, y: y(value), width: bar, height: plotBottom - y(value), fill: seriesColour(s) },
          tooltip(`${series.name}: ${category} ${withUnit(value, spec.unit)}`),
        ),
      );
    });
  });
  parts.push(element("line", { x1: left, x2: right, y1: plotBottom, y2: plotBottom, stroke: AXIS_COLOUR }));
  if (showLegend)
    parts.push(
      legend(
        spec.width,
        spec.height - 10,
        spec.series.map((s) => s.name),
      ),
    );
  return svgDocument(spec.width, spec.height, { "font-family": FONT, role: "img", "aria-label": spec.title }, parts);
}
