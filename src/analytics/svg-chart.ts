/**
 * Renders one Apache ECharts option to static SVG in Node (the server-side
 * renderer): the analytics report and the eval reports embed the result, so
 * their HTML carries no script and fetches nothing, and opens offline, from
 * a mail attachment or a CI artefact alike.
 */
import * as echarts from "echarts";

export type ChartOption = Parameters<echarts.ECharts["setOption"]>[0];

/** No animation (a static picture has no frames) and one font for every report. */
export function renderSvgChart(width: number, height: number, option: ChartOption): string {
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: "system-ui, sans-serif" }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}
