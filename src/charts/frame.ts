/**
 * What every static report chart has around its plot: a title (and a
 * subtitle), a legend when there are series to tell apart, one font, and
 * the series colours.
 */
import { element, label } from "./svg.js";

/** Colours in series order, distinguishable in print and by most colour-blind readers. */
export const PALETTE = ["#5470c6", "#91cc75", "#fac858", "#ee6666", "#73c0de", "#3ba272", "#fc8452", "#9a60b4"] as const;
export const FONT = "system-ui, sans-serif";
export const AXIS_COLOUR = "#6e7079";
export const GRID_COLOUR = "#e0e6f1";

export function seriesColour(index: number): string {
  return PALETTE[index % PALETTE.length] ?? PALETTE[0];
}

/** The title centred on top; the subtitle below it in grey. Height taken: 40 or 58. */
export function titleBlock(width: number, title: string, subtitle?: string): string {
  const head = label(width / 2, 22, title, { "text-anchor": "middle", "font-size": 14, "font-weight": "bold", fill: "#333" });
  return subtitle === undefined ? head : head + label(width / 2, 42, subtitle, { "text-anchor": "middle", "font-size": 11, fill: AXIS_COLOUR });
}

/** One swatch and name per series, centred on one line at `y`. */
export function legend(width: number, y: number, names: readonly string[]): string {
  const widths = names.map((name) => 22 + name.length * 6.5);
  let x = (width - widths.reduce((a, b) => a + b + 12, -12)) / 2;
  return names
    .map((name, i) => {
      const item =
        element("rect", { x, y: y - 9, width: 16, height: 10, rx: 2, fill: seriesColour(i) }) + label(x + 21, y, name, { "font-size": 11, fill: "#333" });
      x += (widths[i] ?? 0) + 12;
      return item;
    })
    .join("");
}
