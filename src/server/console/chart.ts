/**
 * The customer's frustration per turn as a small inline SVG line chart: is
 * this customer calming down or boiling over? Inline, so the page needs no
 * script and no external asset; every label goes through `html`.
 */
import type { TurnReading } from "../../domain/triage.js";
import { html, type Html } from "./html.js";

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
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (readings.length === 1 ? plotW / 2 : (plotW * i) / (readings.length - 1));
  const y = (v: number) => PAD.top + plotH - (plotH * Math.max(0, Math.min(100, v))) / 100;
  const points = readings.map((r, i) => `${x(i).toFixed(1)},${y(r.frustration).toFixed(1)}`).join(" ");
  const first = readings[0]?.frustration ?? 0;
  const last = readings.at(-1)?.frustration ?? 0;
  // The thread's frustration (decays slowly, rises at once) as a second line beside each message's own reading.
  const thread = readings.every((r) => r.thread !== undefined) ? readings.map((r) => r.thread ?? r.frustration) : null;
  const threadPoints = thread?.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(" ");
  const label =
    `Frustration per customer message: ${readings.map((r) => r.frustration).join(", ")}` +
    (thread ? `; the thread's: ${thread.join(", ")}` : "") +
    " (0 calm, 100 furious)";
  return html`<svg class="chart" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label="${label}" data-first="${first}" data-last="${last}">
  ${[0, 50, 100].map(
    (v) =>
      html`<line class="grid" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(v)}" y2="${y(v)}"/><text class="axis" x="${PAD.left - 6}" y="${y(v) + 4}" text-anchor="end">${v}</text>`,
  )}
  <line class="threshold" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${y(HIGH_FRUSTRATION)}" y2="${y(HIGH_FRUSTRATION)}"/>
  <text class="axis threshold-label" x="${PAD.left + 4}" y="${y(HIGH_FRUSTRATION) - 4}" text-anchor="start">high</text>
  ${readings.length > 1 ? html`<polyline class="line" points="${points}"/>` : ""}
  ${thread && readings.length > 1 ? html`<polyline class="thread-line" points="${threadPoints ?? ""}"><title>The thread's frustration: ${thread.join(" → ")}</title></polyline>` : ""}
  ${readings.map(
    (r, i) =>
      html`<g class="point ${frustrationLevel(r.frustration)}"><circle cx="${x(i).toFixed(1)}" cy="${y(r.frustration).toFixed(1)}" r="4.5"><title>Turn ${i + 1}: this message ${r.frustration} (${r.sentiment})${r.thread !== undefined ? `, the thread ${r.thread}` : ""}</title></circle><text class="axis" x="${x(i).toFixed(1)}" y="${HEIGHT - 8}" text-anchor="middle">${i + 1}</text></g>`,
  )}
</svg>`;
}
