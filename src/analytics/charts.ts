/**
 * The analytics report's charts as static SVG (see svg-chart.ts).
 */
import { renderSvgChart } from "./svg-chart.js";

const round1 = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

/** Horizontal bars of rates (0–100 %), one per group, labelled with n. */
export function rateBars(title: string, rows: ReadonlyArray<{ group: string; tickets: number; rate: number | null }>): string {
  const height = Math.max(180, 90 + rows.length * 28);
  return renderSvgChart(720, height, {
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    grid: { left: 190, right: 70, top: 40, bottom: 30 },
    xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %" } },
    yAxis: { type: "category", data: rows.map((r) => `${r.group} (n=${r.tickets})`), inverse: true, axisLabel: { interval: 0 } },
    series: [{ type: "bar", data: rows.map((r) => round1(r.rate)), label: { show: true, position: "right", formatter: "{c} %", fontSize: 10 } }],
  });
}

/** Horizontal bars of counts. */
export function countBars(title: string, rows: ReadonlyArray<{ label: string; count: number }>): string {
  const height = Math.max(180, 90 + rows.length * 28);
  return renderSvgChart(720, height, {
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    grid: { left: 190, right: 60, top: 40, bottom: 30 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: rows.map((r) => r.label), inverse: true, axisLabel: { interval: 0 } },
    series: [{ type: "bar", data: rows.map((r) => r.count), label: { show: true, position: "right", fontSize: 10 } }],
  });
}

/** Tickets and escalations per day. */
export function volumeChart(rows: ReadonlyArray<{ day: string; tickets: number; escalated: number }>): string {
  return renderSvgChart(720, 280, {
    title: { text: "Tickets per day", left: "center", textStyle: { fontSize: 14 } },
    legend: { bottom: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 60 },
    xAxis: { type: "category", data: rows.map((r) => r.day) },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: "tickets", type: "bar", data: rows.map((r) => r.tickets) },
      { name: "escalated", type: "bar", data: rows.map((r) => r.escalated) },
    ],
  });
}
