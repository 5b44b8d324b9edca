/**
 * The static SVG charts of the eval reports, the analytics report and the
 * console. Our own small module rather than a charting library: the charts
 * are a few bar charts, a heatmap and one line, drawn once on the server
 * into self-contained HTML (no script, nothing fetched). Apache ECharts did
 * this through its server-side renderer at 67 MB of install; the libraries
 * that draw SVG without a browser either need a DOM (d3 selections, jsdom)
 * or draw only one kind of chart, so ~300 lines of our own cost less.
 */
export { columnBars, horizontalBars, type BarChartSpec, type BarSeries } from "./bars.js";
export { heatmap, type HeatmapSpec } from "./heatmap.js";
export { lineChart, type LineChartSpec } from "./line-chart.js";
