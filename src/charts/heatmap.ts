/**
 * A square heatmap of counts (a confusion matrix): rows top to bottom,
 * columns left to right, each non-empty cell shaded by its count and
 * labelled with it. Empty cells stay blank so the eye goes to the errors.
 */
import { AXIS_COLOUR, FONT, GRID_COLOUR, titleBlock } from "./frame.js";
import { element, fittedLabel, label, svgDocument, tooltip } from "./svg.js";

export interface HeatmapSpec {
  title: string;
  subtitle?: string;
  /** Row and column names, in order (the same list for both). */
  labels: readonly string[];
  /** values[row][column]. */
  values: ReadonlyArray<ReadonlyArray<number>>;
}

/** Light to dark blue, as three stops. */
const STOPS: ReadonlyArray<readonly [number, number, number]> = [
  [0xf7, 0xfb, 0xff],
  [0x6b, 0xae, 0xd6],
  [0x08, 0x30, 0x6b],
];

export function shade(share: number): string {
  const t = Math.min(1, Math.max(0, share)) * (STOPS.length - 1);
  const i = Math.min(STOPS.length - 2, Math.floor(t));
  const from = STOPS[i] ?? STOPS[0];
  const to = STOPS[i + 1] ?? from;
  if (!from || !to) return "#ffffff";
  const channel = (k: 0 | 1 | 2) => Math.round(from[k] + (to[k] - from[k]) * (t - i));
  return `#${[channel(0), channel(1), channel(2)].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

export function heatmap(spec: HeatmapSpec): string {
  const cell = 46;
  const n = spec.labels.length;
  const left = 160;
  const top = 60;
  const width = Math.max(420, left + 30 + cell * n);
  const height = top + cell * n + 130;
  const max = Math.max(1, ...spec.values.flat());
  const parts = [titleBlock(width, spec.title, spec.subtitle)];
  spec.labels.forEach((name, i) => {
    const middle = top + i * cell + cell / 2;
    parts.push(fittedLabel(left - 8, middle + 4, name, 22, { "text-anchor": "end", "font-size": 11, fill: AXIS_COLOUR }));
    const cx = left + i * cell + cell / 2;
    const cy = top + n * cell + 10;
    parts.push(fittedLabel(cx, cy, name, 22, { "text-anchor": "end", "font-size": 11, fill: AXIS_COLOUR, transform: `rotate(-45 ${cx} ${cy})` }));
  });
  spec.values.forEach((row, r) =>
    row.forEach((value, c) => {
      const x = left + c * cell;
      const y = top + r * cell;
      if (value <= 0) {
        parts.push(element("rect", { x, y, width: cell, height: cell, fill: r % 2 === c % 2 ? "#fafafa" : "#ffffff", stroke: GRID_COLOUR }));
        return;
      }
      const share = value / max;
      parts.push(
        element(
          "rect",
          { x, y, width: cell, height: cell, fill: shade(share), stroke: "#ffffff" },
          tooltip(`${spec.labels[r] ?? ""} → ${spec.labels[c] ?? ""}: ${value}`),
        ),
      );
      parts.push(label(x + cell / 2, y + cell / 2 + 4, String(value), { "text-anchor": "middle", "font-size": 11, fill: share > 0.5 ? "#ffffff" : "#333" }));
    }),
  );
  return svgDocument(width, height, { "font-family": FONT, role: "img", "aria-label": spec.title }, parts);
}
