import * as echarts from 'echarts';

/**
 * Charts drawn on the server as SVG (Apache ECharts' server-side rendering: no DOM, no script in the browser), in the
 * design tokens' colours. The page shows the picture with the same figures as its text (see ScoreTrend.svelte), so
 * nothing depends on seeing it. Only numbers and labels Mera makes go in — no text a person typed.
 */
const TOKENS = { line: '#0b5560', text: '#4a5358', grid: '#d5d3cb' };

export function scoreTrendSvg(points: { label: string; score: number | null }[]): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 280, height: 120 });
  try {
    chart.setOption({
      animation: false,
      grid: { left: 32, right: 12, top: 10, bottom: 24 },
      textStyle: { fontFamily: 'system-ui, sans-serif' },
      xAxis: {
        type: 'category',
        data: points.map((p) => p.label),
        axisLabel: { fontSize: 10, color: TOKENS.text, interval: 0 },
        axisLine: { lineStyle: { color: TOKENS.grid } },
        axisTick: { show: false },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 50,
        axisLabel: { fontSize: 10, color: TOKENS.text },
        splitLine: { lineStyle: { color: TOKENS.grid } },
      },
      series: [
        {
          type: 'line',
          data: points.map((p) => p.score),
          connectNulls: true,
          symbol: 'circle',
          symbolSize: 8,
          lineStyle: { width: 2.5, color: TOKENS.line },
          itemStyle: { color: TOKENS.line },
        },
      ],
    });
    // ECharts adds a <style> of hover rules (cursor, emphasis) — meaningless for a static picture, and refused by the
    // pages' Content-Security-Policy (styles come from our own files only).
    return chart.renderToSVGString().replace(/<style[^>]*>[\s\S]*?<\/style>/g, '');
  } finally {
    chart.dispose();
  }
}
