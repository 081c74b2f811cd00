// Charts with chart.js, readable in print and in grey: hatched fills, value labels on every bar,
// no animation (a printed page or a screenshot shows the final chart).
import { Chart, registerables, type Plugin } from 'chart.js';
import { memo, useEffect, useRef } from 'react';

Chart.register(...registerables);

/** Diagonal hatching: tells series apart without colour. */
function hatch(dark: string, dense: boolean): CanvasPattern | string {
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d');
  if (!g) return dark;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = dark;
  g.lineWidth = dense ? 3 : 1.5;
  g.beginPath();
  g.moveTo(0, 8);
  g.lineTo(8, 0);
  g.stroke();
  return g.createPattern(c, 'repeat') ?? dark;
}

const valueLabels: Plugin<'bar'> = {
  id: 'valueLabels',
  afterDatasetsDraw(chart) {
    const g = chart.ctx;
    g.save();
    g.font = '11px sans-serif';
    g.fillStyle = '#000';
    g.textBaseline = 'middle';
    chart.data.datasets.forEach((ds, i) => {
      const meta = chart.getDatasetMeta(i);
      if (meta.hidden) return;
      meta.data.forEach((el, j) => {
        const v = ds.data[j];
        if (v === null || v === undefined) return;
        const { x, y } = el.getProps(['x', 'y'], true) as { x: number; y: number };
        const horizontal = chart.options.indexAxis === 'y';
        g.textAlign = horizontal ? 'left' : 'center';
        g.fillText(String(v), horizontal ? x + 4 : x, horizontal ? y : y - 8);
      });
    });
    g.restore();
  },
};

export interface Series {
  label: string;
  data: (number | null)[];
}

export const BarChart = memo(function BarChart({ labels, series, horizontal, testId, height = 260 }: { labels: string[]; series: Series[]; horizontal?: boolean; testId: string; height?: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const chart = useRef<Chart<'bar'> | null>(null);
  const datasets = () =>
    series.map((s, i) => ({
      label: s.label,
      data: s.data,
      backgroundColor: hatch(i === 0 ? '#333' : '#777', i === 0),
      borderColor: i === 0 ? '#000' : '#555',
      borderWidth: 1,
    }));
  useEffect(() => {
    if (!ref.current) return;
    chart.current = new Chart(ref.current, {
      type: 'bar',
      data: { labels, datasets: datasets() },
      options: {
        indexAxis: horizontal ? 'y' : 'x',
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        plugins: { legend: { labels: { color: '#000' } } },
        scales: { x: { ticks: { color: '#000' } }, y: { ticks: { color: '#000' } } },
      },
      plugins: [valueLabels],
    });
    return () => {
      chart.current?.destroy();
      chart.current = null;
    };
  }, [horizontal]);
  // New figures: update the chart in place (no new canvas, no re-layout of the page).
  const key = JSON.stringify([labels, series]);
  const last = useRef(key);
  useEffect(() => {
    if (!chart.current || last.current === key) return;
    last.current = key;
    chart.current.data.labels = labels;
    chart.current.data.datasets = datasets();
    chart.current.update('none');
  }, [key]);
  return (
    <div className="insp-chart" style={{ height }}>
      <canvas ref={ref} data-testid={testId} role="img" aria-label={series.map((s) => s.label).join(', ')} />
    </div>
  );
});
