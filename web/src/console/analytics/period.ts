// The period the dashboard shows: a preset or two dates, read in a time zone, cut into buckets. It lives in the
// page's address (#analytics?days=30&zone=...), so a drill-down or a reload keeps it.

export type Bucket = 'hour' | 'day' | 'week';

export interface PeriodChoice {
  /** The last n days, today included; 0 with from/to set. */
  days: number;
  from?: string;
  to?: string;
  zone: string;
  bucket: Bucket;
}

export const PRESETS: [number, string][] = [
  [1, 'Today'],
  [7, 'Last 7 days'],
  [30, 'Last 30 days'],
  [90, 'Last 90 days'],
  [365, 'Last 365 days'],
];

export function browserZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** The date (yyyy-MM-dd) it is at `now` in `zone`. */
export function dateIn(zone: string, now: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    now,
  );
}

/** `date` plus `days` (calendar days, whatever the zone does with its clocks). */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The API's query for a choice: dates are midnights in the zone; `to` is exclusive. */
export function periodQuery(
  choice: PeriodChoice,
  now: Date,
): { from: string; to: string; zone: string; bucket: Bucket } {
  if (choice.days > 0) {
    const tomorrow = addDays(dateIn(choice.zone, now), 1);
    return { from: addDays(tomorrow, -choice.days), to: tomorrow, zone: choice.zone, bucket: choice.bucket };
  }
  const to = choice.to ?? choice.from ?? '';
  // Instants (a drill-down's bucket) pass as they are; a date range includes its last day.
  return {
    from: choice.from ?? '',
    to: to.includes('T') ? to : addDays(to, 1),
    zone: choice.zone,
    bucket: choice.bucket,
  };
}

/** Reads a choice from the address's parameters; what is missing gets the defaults (30 days, browser's zone, days). */
export function parseChoice(params: URLSearchParams): PeriodChoice {
  const bucket = params.get('bucket');
  const from = params.get('from') ?? undefined;
  const to = params.get('to') ?? undefined;
  const days = Number(params.get('days') ?? (from ? 0 : 30));
  return {
    days: Number.isFinite(days) && days >= 0 ? days : 30,
    from,
    to,
    zone: params.get('zone') || browserZone(),
    bucket: bucket === 'hour' || bucket === 'week' ? bucket : 'day',
  };
}

export function choiceParams(choice: PeriodChoice): URLSearchParams {
  const params = new URLSearchParams();
  if (choice.days > 0) params.set('days', String(choice.days));
  else {
    if (choice.from) params.set('from', choice.from);
    if (choice.to) params.set('to', choice.to);
  }
  params.set('zone', choice.zone);
  params.set('bucket', choice.bucket);
  return params;
}

/** Every zone the browser knows, the viewer's first. */
export function zones(): string[] {
  const all =
    (Intl as unknown as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf?.('timeZone') ?? [];
  const mine = browserZone();
  return [mine, 'UTC', ...all.filter((z) => z !== mine && z !== 'UTC')];
}
