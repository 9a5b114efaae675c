// Charts of the dashboard with Chart.js, only the parts it draws (bars and lines), so the bundle stays small.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(
  BarController,
  BarElement,
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  Legend,
);

export interface Series {
  label: string;
  values: (number | null)[];
  color: string;
  stack?: string;
}

const COLORS = {
  accepted: '#2e7d32',
  abandoned: '#c62828',
  refused: '#8a4b00',
  p50: '#1565c0',
  p90: '#6a1b9a',
  p99: '#ad1457',
  other: '#546e7a',
};
export { COLORS };

/** A bar chart; `onBar` gets the index of the bucket clicked, for the drill-down. */
export function barChart(
  canvas: HTMLCanvasElement,
  labels: string[],
  series: Series[],
  onBar?: (index: number) => void,
): Chart {
  return new Chart(canvas, {
    type: 'bar',
    data: {
      labels,
      datasets: series.map((s) => ({ label: s.label, data: s.values, backgroundColor: s.color, stack: s.stack })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } },
      onClick: (_event, elements) => {
        if (onBar && elements.length > 0) onBar(elements[0].index);
      },
      onHover: (event, elements) => {
        const target = event.native?.target as HTMLElement | undefined;
        if (target && onBar) target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
      },
    },
  });
}

/** A line chart of durations in seconds. */
export function lineChart(canvas: HTMLCanvasElement, labels: string[], series: Series[], unit: string): Chart {
  return new Chart(canvas, {
    type: 'line',
    data: {
      labels,
      datasets: series.map((s) => ({
        label: s.label,
        data: s.values,
        borderColor: s.color,
        backgroundColor: s.color,
        spanGaps: true,
        pointRadius: 2,
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: unit } } },
    },
  });
}
