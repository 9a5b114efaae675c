// The analytics dashboard: cards of the period's totals, requests and waits per bucket (a bar is a drill-down to
// its conversations), and a breakdown table per bot, team, agent, channel or language, each downloadable as CSV.
import type { Chart } from 'chart.js';
import { el, replace } from '../../shared/dom';
import { errorText } from '../notices';
import type { Breakdown, Distribution, Metrics, MetricsReport } from './analytics-api';
import { barChart, COLORS, lineChart } from './charts';
import { type AnalyticsCtx, DIMENSIONS } from './context';
import { bucketLabel, count, decimal, duration, percent } from './format';
import { choiceParams, type PeriodChoice, parseChoice, periodQuery } from './period';
import { periodControls } from './period-controls';

/** A card: its name (also its test id) and how it reads the totals. */
export const CARDS: [string, string, (m: Metrics) => string][] = [
  ['requests', 'Requests', (m) => count(m.requests)],
  ['accepted', 'Accepted', (m) => count(m.accepted)],
  ['abandoned', 'Abandoned before accept', (m) => count(m.abandoned.total)],
  ['left-message', 'Messages left instead of waiting', (m) => count(m.abandoned.leftMessage)],
  ['abandonment-rate', 'Abandonment rate', (m) => percent(m.abandonmentRate)],
  ['refused', 'Refused outside hours', (m) => count(m.refusedOutsideHours)],
  ['transfers', 'Transfers', (m) => count(m.transfers)],
  ['wait-p50', 'Wait to accept, p50', (m) => duration(m.waitToAccept.p50)],
  ['wait-p90', 'Wait to accept, p90', (m) => duration(m.waitToAccept.p90)],
  ['first-response-p50', 'First response, p50', (m) => duration(m.firstResponse.p50)],
  ['resolution-p50', 'Resolution, p50', (m) => duration(m.resolution.p50)],
  ['messages-per-chat', 'Messages per chat', (m) => decimal(m.messagesPerChat.mean)],
  ['csat', 'CSAT (1-5)', (m) => decimal(m.csat.average)],
  ['csat-response-rate', 'Rated', (m) => percent(m.csat.responseRate)],
  ['occupancy', 'Agent occupancy', (m) => percent(m.occupancy?.rate)],
];

export class DashboardView {
  readonly root = el('section', { class: 'analytics-page', attrs: { 'aria-label': 'Analytics dashboard' } });
  private readonly choice: PeriodChoice;
  private readonly dimension: string;
  private readonly charts: Chart[] = [];

  constructor(
    private readonly ctx: AnalyticsCtx,
    params: URLSearchParams,
  ) {
    this.choice = parseChoice(params);
    const asked = params.get('by');
    this.dimension = DIMENSIONS.some(([d]) => d === asked) ? (asked as string) : 'agent';
    this.root.append(el('h2', {}, 'Analytics'), el('p', { class: 'empty' }, 'Loading…'));
    void this.load();
  }

  /** Charts hold a canvas and listeners: the page's router calls this when it leaves. */
  dispose(): void {
    this.charts.forEach((c) => c.destroy());
  }

  private async load(): Promise<void> {
    const query = periodQuery(this.choice, new Date());
    try {
      const [report, breakdown] = await Promise.all([
        this.ctx.analytics.metrics(query),
        this.ctx.analytics.breakdown(this.dimension, query),
      ]);
      this.render(report, breakdown);
    } catch (e) {
      replace(
        this.root,
        el('h2', {}, 'Analytics'),
        this.controls(),
        el('p', { class: 'error', attrs: { role: 'alert' } }, errorText(e)),
      );
    }
  }

  private controls(): HTMLElement {
    return periodControls(this.choice, true, (choice) => this.go(choice, this.dimension));
  }

  private go(choice: PeriodChoice, dimension: string): void {
    const params = choiceParams(choice);
    params.set('by', dimension);
    this.ctx.navigate(`#analytics?${params}`);
  }

  private render(report: MetricsReport, breakdown: Breakdown): void {
    const query = periodQuery(this.choice, new Date());
    const csv = (path: string, name: string) =>
      el(
        'button',
        {
          class: 'link',
          attrs: { type: 'button' },
          on: { click: () => void this.ctx.analytics.download(path, 'text/csv', name).catch(() => undefined) },
        },
        'CSV',
      );
    const qs = (extra: Record<string, string> = {}) => `?${new URLSearchParams({ ...query, ...extra })}`;
    const requests = el('canvas', { attrs: { 'aria-label': 'Requests per bucket' } });
    const waits = el('canvas', { attrs: { 'aria-label': 'Wait to accept per bucket' } });
    replace(
      this.root,
      el('h2', {}, 'Analytics'),
      this.controls(),
      el(
        'div',
        { class: 'cards' },
        ...CARDS.map(([id, label, read]) =>
          el(
            'div',
            { class: 'card', data: { card: id } },
            el('span', { class: 'card-label' }, label),
            el('strong', { class: 'card-value' }, read(report.totals)),
          ),
        ),
      ),
      el('h3', {}, 'Requests ', csv(`/api/v1/analytics/metrics${qs()}`, 'metrics.csv')),
      el('p', { class: 'hint' }, 'Click a bar to see its conversations.'),
      el('div', { class: 'chart' }, requests),
      el('h3', {}, 'Wait to accept'),
      el('div', { class: 'chart' }, waits),
      el('h3', {}, 'Durations over the period'),
      this.durations(report.totals),
      el(
        'h3',
        {},
        'Breakdown by ',
        this.dimensionPicker(),
        ' ',
        csv(`/api/v1/analytics/breakdown/${this.dimension}${qs()}`, `breakdown-${this.dimension}.csv`),
      ),
      this.breakdownTable(breakdown),
      el(
        'p',
        {},
        el(
          'a',
          { attrs: { href: `#analytics/conversations?${choiceParams(this.choice)}` } },
          'All conversations of the period',
        ),
      ),
    );
    const labels = report.series.map((s) => bucketLabel(s.start, report.bucket, report.zone));
    this.charts.push(
      barChart(
        requests,
        labels,
        [
          {
            label: 'Accepted',
            values: report.series.map((s) => s.metrics.accepted),
            color: COLORS.accepted,
            stack: 'r',
          },
          {
            label: 'Abandoned',
            values: report.series.map((s) => s.metrics.abandoned.total),
            color: COLORS.abandoned,
            stack: 'r',
          },
          {
            label: 'Other',
            values: report.series.map((s) => s.metrics.requests - s.metrics.accepted - s.metrics.abandoned.total),
            color: COLORS.other,
            stack: 'r',
          },
          {
            label: 'Refused outside hours',
            values: report.series.map((s) => s.metrics.refusedOutsideHours),
            color: COLORS.refused,
            stack: 'x',
          },
        ],
        (index) => this.drill(report.series[index].start, report.series[index].end),
      ),
      lineChart(
        waits,
        labels,
        (['p50', 'p90', 'p99'] as const).map((p) => ({
          label: p,
          values: report.series.map((s) => s.metrics.waitToAccept[p]),
          color: COLORS[p],
        })),
        'seconds',
      ),
    );
  }

  /** The conversations that started in one bucket. */
  private drill(start: string, end: string): void {
    const params = new URLSearchParams({ from: start, to: end, zone: this.choice.zone });
    this.ctx.navigate(`#analytics/conversations?${params}`);
  }

  private dimensionPicker(): HTMLSelectElement {
    const picker = el(
      'select',
      { attrs: { 'aria-label': 'Breakdown by', name: 'by' } },
      ...DIMENSIONS.map(([d, label]) => el('option', { attrs: { value: d, selected: d === this.dimension } }, label)),
    );
    picker.addEventListener('change', () => this.go(this.choice, picker.value));
    return picker;
  }

  private durations(m: Metrics): HTMLElement {
    const row = (name: string, id: string, d: Distribution, show: (v: number | null) => string) =>
      el(
        'tr',
        { data: { row: id } },
        el('th', {}, name),
        el('td', {}, count(d.count)),
        ...[d.mean, d.p50, d.p90, d.p99].map((v) => el('td', {}, show(v))),
      );
    return el(
      'table',
      { class: 'data-table', data: { table: 'durations' } },
      el('thead', {}, el('tr', {}, ...['', 'Count', 'Mean', 'p50', 'p90', 'p99'].map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        row('Wait to accept', 'wait', m.waitToAccept, duration),
        row('First agent response', 'first-response', m.firstResponse, duration),
        row('Resolution', 'resolution', m.resolution, duration),
        row('Messages per chat', 'messages', m.messagesPerChat, decimal),
      ),
    );
  }

  private breakdownTable(b: Breakdown): HTMLElement {
    const head = [
      '',
      'Requests',
      'Accepted',
      'Abandoned',
      'Wait p50',
      'Wait p90',
      'First response p50',
      'Resolution p50',
      'Msgs/chat',
      'CSAT',
      'Occupancy',
    ];
    return el(
      'table',
      { class: 'data-table', data: { table: 'breakdown' } },
      el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
      el(
        'tbody',
        {},
        ...b.rows.map((r) => {
          const params = choiceParams(this.choice);
          if (r.value !== null) params.set(b.dimension, r.value);
          return el(
            'tr',
            { data: { value: r.value ?? '' } },
            el('th', {}, el('a', { attrs: { href: `#analytics/conversations?${params}` } }, r.label)),
            ...[
              count(r.metrics.requests),
              count(r.metrics.accepted),
              count(r.metrics.abandoned.total),
              duration(r.metrics.waitToAccept.p50),
              duration(r.metrics.waitToAccept.p90),
              duration(r.metrics.firstResponse.p50),
              duration(r.metrics.resolution.p50),
              decimal(r.metrics.messagesPerChat.mean),
              decimal(r.metrics.csat.average),
              percent(r.metrics.occupancy?.rate),
            ].map((v) => el('td', {}, v)),
          );
        }),
      ),
    );
  }
}
