// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { AnalyticsApi, Breakdown, Metrics, MetricsReport } from '../src/console/analytics/analytics-api';
import { analyticsFirst, canSeeAnalytics } from '../src/console/analytics/analytics-page';
import { analyticsRoute } from '../src/console/analytics/context';
import { conversationsQuery } from '../src/console/analytics/conversations-view';
import { CARDS, DashboardView } from '../src/console/analytics/dashboard-view';
import { duration, percent } from '../src/console/analytics/format';
import { parseChoice, periodQuery } from '../src/console/analytics/period';

const me = (...roles: string[]) => ({ id: 'u', name: 'U', roles, tenant: 'acme' });
const dist = (count: number, p50: number | null) => ({ count, mean: p50, p50, p90: p50, p99: p50 });
const METRICS: Metrics = {
  requests: 12,
  accepted: 9,
  abandoned: { total: 2, visitorLeft: 1, expired: 1, leftMessage: 1 },
  abandonmentRate: 2 / 12,
  refusedOutsideHours: 3,
  transfers: 1,
  waitToAccept: dist(9, 42),
  firstResponse: dist(9, 15),
  resolution: dist(8, 600),
  messagesPerChat: dist(9, 7.5),
  csat: { average: 4.25, responses: 4, responseRate: 4 / 9, distribution: [0, 0, 1, 1, 2] },
  occupancy: { onlineSeconds: 100, occupiedSeconds: 50, rate: 0.5 },
};

describe('who sees analytics', () => {
  it('is analysts and supervisors; an analyst who is no agent lands on it', () => {
    expect(canSeeAnalytics(me('analyst'))).toBe(true);
    expect(canSeeAnalytics(me('supervisor', 'agent'))).toBe(true);
    expect(canSeeAnalytics(me('agent'))).toBe(false);
    expect(analyticsFirst(me('analyst'))).toBe(true);
    expect(analyticsFirst(me('analyst', 'agent'))).toBe(false);
    expect(analyticsFirst(me('agent'))).toBe(false);
  });
});

describe('the period in the address', () => {
  it('turns the last 7 days in a zone into midnights there, the end exclusive', () => {
    const q = periodQuery(
      parseChoice(new URLSearchParams('days=7&zone=Africa/Johannesburg&bucket=hour')),
      new Date('2026-03-10T23:30:00Z'),
    );
    // 23:30 UTC is already the 11th in Johannesburg (UTC+2)
    expect(q).toEqual({ from: '2026-03-05', to: '2026-03-12', zone: 'Africa/Johannesburg', bucket: 'hour' });
  });

  it('passes a bar’s instants through and includes the last day of a date range', () => {
    expect(
      periodQuery(
        parseChoice(new URLSearchParams('from=2026-03-01T00:00:00Z&to=2026-03-02T00:00:00Z&zone=UTC')),
        new Date(),
      ),
    ).toMatchObject({ from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' });
    expect(
      periodQuery(parseChoice(new URLSearchParams('from=2026-03-01&to=2026-03-03&zone=UTC')), new Date()),
    ).toMatchObject({ from: '2026-03-01', to: '2026-03-04' });
  });

  it('reads the conversation filters and the page', () => {
    const route = analyticsRoute(
      '#analytics/conversations?from=2026-03-01&to=2026-03-01&zone=UTC&agent=agent-7&rating=1&q=refund',
    );
    expect(route.page).toBe('conversations');
    expect(conversationsQuery(route.params, new Date())).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-02',
      agent: 'agent-7',
      rating: '1',
      q: 'refund',
      bot: null,
    });
    expect(analyticsRoute('#analytics/conversation/a%2Fb').id).toBe('a/b');
    expect(analyticsRoute('#analytics?days=7').page).toBe('dashboard');
  });
});

describe('the dashboard', () => {
  it('shows the API’s totals on its cards and the breakdown rows with links to their conversations', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined); // happy-dom has no canvas for Chart.js
    const report: MetricsReport = {
      from: '2026-03-01T00:00:00Z',
      to: '2026-03-02T00:00:00Z',
      zone: 'UTC',
      bucket: 'day',
      dimension: 'all',
      value: null,
      totals: METRICS,
      series: [{ start: '2026-03-01T00:00:00Z', end: '2026-03-02T00:00:00Z', metrics: METRICS }],
    };
    const breakdown: Breakdown = {
      from: report.from,
      to: report.to,
      zone: 'UTC',
      dimension: 'agent',
      totals: METRICS,
      rows: [{ value: 'agent-7', label: 'Alice', metrics: METRICS }],
    };
    const analytics = {
      metrics: vi.fn(async () => report),
      breakdown: vi.fn(async () => breakdown),
    } as unknown as AnalyticsApi;
    const view = new DashboardView(
      { analytics, me: me('analyst'), navigate: () => undefined },
      new URLSearchParams('days=1&zone=UTC'),
    );
    await vi.waitFor(() => expect(view.root.querySelector('[data-card="requests"] .card-value')).not.toBeNull());
    const card = (id: string) => view.root.querySelector(`[data-card="${id}"] .card-value`)?.textContent;
    expect(card('requests')).toBe('12');
    expect(card('abandonment-rate')).toBe(percent(2 / 12));
    expect(card('wait-p50')).toBe(duration(42));
    expect(card('csat')).toBe('4.3');
    expect(card('occupancy')).toBe('50.0 %');
    expect(view.root.querySelectorAll('[data-card]')).toHaveLength(CARDS.length);
    const row = view.root.querySelector('[data-table="breakdown"] tr[data-value="agent-7"] a');
    expect(row?.textContent).toBe('Alice');
    expect(row?.getAttribute('href')).toContain('agent=agent-7');
    expect(analytics.breakdown).toHaveBeenCalledWith('agent', expect.objectContaining({ zone: 'UTC' }));
  });
});
