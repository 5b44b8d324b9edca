/**
 * The customer's frustration per turn as a small inline SVG line chart: is
 * this customer calming down or boiling over? Inline, so the page needs no
 * script and no external asset; drawn by the shared chart module (src/charts),
 * coloured by the console's stylesheet through class names.
 */
import { lineChart } from "../../charts/index.js";
import type { TurnReading } from "../../domain/triage.js";
import { html, trusted, type Html } from "./html.js";

const WIDTH = 320;
const HEIGHT = 150;
const PAD = { left: 30, right: 12, top: 12, bottom: 26 };
/** The line the reply composer and the guidance use for "acknowledge the frustration first". */
export const HIGH_FRUSTRATION = 70;

export function frustrationLevel(value: number): "low" | "medium" | "high" {
  if (value >= HIGH_FRUSTRATION) return "high";
  return value >= 40 ? "medium" : "low";
}

export function trajectoryChart(readings: readonly TurnReading[]): Html {
  if (readings.length === 0) return html`<p class="muted">No readings yet.</p>`;
  // The thread's frustration (decays slowly, rises at once) as a second line beside each message's own reading.
  const thread = readings.every((r) => r.thread !== undefined) ? readings.map((r) => r.thread ?? r.frustration) : null;
  const label =
    `Frustration per customer message: ${readings.map((r) => r.frustration).join(", ")}` +
    (thread ? `; the thread's: ${thread.join(", ")}` : "") +
    " (0 calm, 100 furious)";
  // lineChart escapes every label and attribute itself.
  return trusted(
    lineChart({
      width: WIDTH,
      height: HEIGHT,
      padding: PAD,
      gridValues: [0, 50, 100],
      references: [{ value: HIGH_FRUSTRATION, className: "threshold", label: "high" }],
      lines: [
        { values: readings.map((r) => r.frustration), className: "line" },
        ...(thread ? [{ values: thread, className: "thread-line", title: `The thread's frustration: ${thread.join(" → ")}` }] : []),
      ],
      points: readings.map((r, i) => ({
        value: r.frustration,
        className: `point ${frustrationLevel(r.frustration)}`,
        title: `Turn ${i + 1}: this message ${r.frustration} (${r.sentiment})${r.thread !== undefined ? `, the thread ${r.thread}` : ""}`,
      })),
      attributes: {
        class: "chart",
        role: "img",
        "aria-label": label,
        "data-first": readings[0]?.frustration ?? 0,
        "data-last": readings.at(-1)?.frustration ?? 0,
      },
    }),
  );
}
