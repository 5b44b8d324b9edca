/**
 * A small line chart on a fixed 0–100 scale with dots, reference lines and
 * numbered turns, styled by class names so the page that shows it (the
 * console) keeps its colours in its stylesheet.
 */
import { linearScale } from "./scale.js";
import { element, label, num, svgDocument, tooltip } from "./svg.js";

export interface LineChartSpec {
  width: number;
  height: number;
  padding: { left: number; right: number; top: number; bottom: number };
  /** Horizontal grid lines, labelled on the left. */
  gridValues: readonly number[];
  /** Dashed lines at a value, with a short label. */
  references: ReadonlyArray<{ value: number; className: string; label: string }>;
  /** Lines through the points, each drawn where it has two points or more. */
  lines: ReadonlyArray<{ values: readonly number[]; className: string; title?: string }>;
  /** One dot per x position, labelled 1, 2, … underneath. */
  points: ReadonlyArray<{ value: number; className: string; title: string }>;
  attributes: Readonly<Record<string, string | number>>;
}

export function lineChart(spec: LineChartSpec): string {
  const { left, right, top, bottom } = spec.padding;
  const count = spec.points.length;
  const plotRight = spec.width - right;
  const x = (i: number) => (count <= 1 ? (left + plotRight) / 2 : linearScale([0, count - 1], [left, plotRight])(i));
  const y = linearScale([0, 100], [spec.height - bottom, top]);
  const path = (values: readonly number[]) => values.map((v, i) => `${num(x(i))},${num(y(v))}`).join(" ");
  const parts: string[] = [];
  for (const value of spec.gridValues) {
    parts.push(element("line", { class: "grid", x1: left, x2: plotRight, y1: y(value), y2: y(value) }));
    parts.push(label(left - 6, y(value) + 4, String(value), { class: "axis", "text-anchor": "end" }));
  }
  for (const ref of spec.references) {
    parts.push(element("line", { class: ref.className, x1: left, x2: plotRight, y1: y(ref.value), y2: y(ref.value) }));
    parts.push(label(left + 4, y(ref.value) - 4, ref.label, { class: `axis ${ref.className}-label`, "text-anchor": "start" }));
  }
  for (const line of spec.lines) {
    if (line.values.length < 2) continue;
    parts.push(element("polyline", { class: line.className, points: path(line.values) }, line.title === undefined ? "" : tooltip(line.title)));
  }
  spec.points.forEach((point, i) => {
    const dot = element("circle", { cx: x(i), cy: y(point.value), r: 4.5 }, tooltip(point.title));
    const turn = label(x(i), spec.height - 8, String(i + 1), { class: "axis", "text-anchor": "middle" });
    parts.push(element("g", { class: point.className }, dot + turn));
  });
  return svgDocument(spec.width, spec.height, spec.attributes, parts);
}
