/**
 * The shared SVG chart module (src/charts): what each chart draws, that
 * every name is escaped, and that nothing needs a style attribute (the
 * console's CSP allows none).
 */
import { describe, expect, it } from "vitest";
import { columnBars, heatmap, horizontalBars, lineChart } from "../../src/charts/index.js";
import { shade } from "../../src/charts/heatmap.js";
import { linearScale, ticks } from "../../src/charts/scale.js";

const HOSTILE = `<script>alert("x")</script>`;
const count = (svg: string, pattern: RegExp) => svg.match(pattern)?.length ?? 0;

describe("ticks", () => {
  it("steps by 1, 2 or 5 times a power of ten up to the first step at or above the largest value", () => {
    expect(ticks(100, { fixedMax: true })).toEqual([0, 20, 40, 60, 80, 100]);
    expect(ticks(17, { integer: true })).toEqual([0, 5, 10, 15, 20]);
    expect(ticks(3, { integer: true })).toEqual([0, 1, 2, 3]);
    expect(ticks(0.3)).toEqual([0, 0.1, 0.2, 0.3]);
  });

  it("draws an axis to 1 when there is nothing to show", () => {
    expect(ticks(0, { integer: true })).toEqual([0, 1]);
  });

  it("clamps values outside the scale's domain", () => {
    const x = linearScale([0, 100], [10, 110]);
    expect([x(-5), x(50), x(250)]).toEqual([10, 60, 110]);
  });
});

describe("horizontalBars", () => {
  const svg = horizontalBars({
    title: `Rates ${HOSTILE}`,
    width: 700,
    max: 100,
    unit: " %",
    categories: ["billing", HOSTILE, "none measured"],
    series: [
      { name: "recall", values: [50, 12.5, null] },
      { name: "accuracy", values: [100, 0, null] },
    ],
  });

  it("draws one bar per measured value, none for null, with its value as a label", () => {
    expect(count(svg, /<rect[^>]*fill="#5470c6"/g)).toBe(3);
    expect(count(svg, /<rect[^>]*fill="#91cc75"/g)).toBe(3);
    expect(svg).toContain(">12.5 %</text>");
    expect(svg).not.toContain("none measured %");
  });

  it("escapes every name, in text and tooltips alike", () => {
    expect(svg).not.toContain("<script>");
    expect(svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  });

  it("shows a legend only where there are series to tell apart", () => {
    expect(svg).toContain(">accuracy</text>");
    const single = horizontalBars({ title: "t", width: 400, categories: ["a"], series: [{ name: "only", values: [1] }] });
    expect(single).not.toContain(">only</text>");
  });

  it("is a standalone SVG with a viewBox and no style attribute", () => {
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]*viewBox="0 0 700 \d+"/);
    expect(svg).toMatch(/<\/svg>$/);
    expect(svg).not.toContain("style=");
  });

  it("cuts a long name to its room and keeps it whole in a tooltip", () => {
    const name = "a very long category name that would run off the left edge";
    const out = horizontalBars({ title: "t", width: 400, labelWidth: 100, categories: [name], series: [{ name: "s", values: [1] }] });
    expect(out).toContain(`<title>${name}</title>`);
    expect(out).toMatch(/>a very long …<title>/);
  });
});

describe("columnBars", () => {
  it("draws grouped columns and thins out the names that would overlap", () => {
    const days = Array.from({ length: 30 }, (_, i) => `day-${i}`);
    const svg = columnBars({
      title: "Per day",
      width: 720,
      height: 280,
      integer: true,
      categories: days,
      series: [
        { name: "tickets", values: days.map(() => 4) },
        { name: "escalated", values: days.map(() => 1) },
      ],
    });
    expect(count(svg, /<rect[^>]*fill="#5470c6"/g)).toBe(31);
    const shown = count(svg, />day-\d+</g);
    expect(shown).toBeGreaterThan(3);
    expect(shown).toBeLessThan(30);
  });
});

describe("heatmap", () => {
  const svg = heatmap({
    title: "Decision",
    subtitle: "rows: expected",
    labels: ["yes", "no"],
    values: [
      [9, 1],
      [0, 4],
    ],
  });

  it("labels each non-empty cell with its count, darkest for the largest", () => {
    expect(svg).toContain(">9</text>");
    expect(svg).toContain(">1</text>");
    expect(svg).not.toContain(">0</text>");
    expect(svg).toContain(`fill="${shade(1)}"`);
    expect(svg).toContain("<title>yes → no: 1</title>");
  });

  it("shades from light to dark blue", () => {
    expect(shade(0)).toBe("#f7fbff");
    expect(shade(0.5)).toBe("#6baed6");
    expect(shade(1)).toBe("#08306b");
  });
});

describe("lineChart", () => {
  it("draws a line of two points or more, a dot per point and the references, styled by class", () => {
    const svg = lineChart({
      width: 320,
      height: 150,
      padding: { left: 30, right: 12, top: 12, bottom: 26 },
      gridValues: [0, 50, 100],
      references: [{ value: 70, className: "threshold", label: "high" }],
      lines: [
        { values: [10, 90], className: "line" },
        { values: [10], className: "lonely" },
      ],
      points: [
        { value: 10, className: "point low", title: "first" },
        { value: 90, className: "point high", title: `second ${HOSTILE}` },
      ],
      attributes: { class: "chart", "aria-label": "mood" },
    });
    expect(svg).toMatch(/^<svg class="chart" aria-label="mood"/);
    expect(count(svg, /<polyline/g)).toBe(1);
    expect(count(svg, /<circle/g)).toBe(2);
    expect(svg).toContain('class="threshold"');
    expect(svg).toContain(">high</text>");
    expect(svg).not.toContain("<script>");
    expect(svg).not.toContain("style=");
  });
});
