/**
 * The analytics report's charts as static SVG (see src/charts).
 */
import { columnBars, horizontalBars } from "../charts/index.js";

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Horizontal bars of rates (0–100 %), one per group, labelled with n. */
export function rateBars(title: string, rows: ReadonlyArray<{ group: string; tickets: number; rate: number | null }>): string {
  return horizontalBars({
    title,
    width: 720,
    labelWidth: 190,
    max: 100,
    unit: " %",
    categories: rows.map((r) => `${r.group} (n=${r.tickets})`),
    series: [{ name: "rate", values: rows.map((r) => round1(r.rate)) }],
  });
}

/** Horizontal bars of counts. */
export function countBars(title: string, rows: ReadonlyArray<{ label: string; count: number }>): string {
  return horizontalBars({
    title,
    width: 720,
    labelWidth: 190,
    integer: true,
    categories: rows.map((r) => r.label),
    series: [{ name: "count", values: rows.map((r) => r.count) }],
  });
}

/** Tickets and escalations per day. */
export function volumeChart(rows: ReadonlyArray<{ day: string; tickets: number; escalated: number }>): string {
  return columnBars({
    title: "Tickets per day",
    width: 720,
    height: 280,
    integer: true,
    categories: rows.map((r) => r.day),
    series: [
      { name: "tickets", values: rows.map((r) => r.tickets) },
      { name: "escalated", values: rows.map((r) => r.escalated) },
    ],
  });
}
