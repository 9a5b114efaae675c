// How figures read on the dashboard: counts with separators, rates as percentages, durations in s/min/h.

const COUNT = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
const DECIMAL = new Intl.NumberFormat('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

export function count(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : COUNT.format(value);
}

export function percent(rate: number | null | undefined): string {
  return rate === null || rate === undefined ? '–' : `${DECIMAL.format(rate * 100)} %`;
}

export function decimal(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : DECIMAL.format(value);
}

/** 42 s, 3.5 min, 2.1 h: the unit that keeps the number short. */
export function duration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return '–';
  if (seconds < 90) return `${DECIMAL.format(seconds)} s`;
  if (seconds < 90 * 60) return `${DECIMAL.format(seconds / 60)} min`;
  return `${DECIMAL.format(seconds / 3600)} h`;
}

/** A bucket's start as its label: hours with the time, days and weeks as dates, in the report's zone. */
export function bucketLabel(start: string, bucket: string, zone: string): string {
  const options: Intl.DateTimeFormatOptions =
    bucket === 'hour'
      ? { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: zone }
      : { year: 'numeric', month: 'short', day: 'numeric', timeZone: zone };
  return new Intl.DateTimeFormat('en', options).format(new Date(start));
}

/** A moment in the viewer's time zone, for transcripts. */
export function moment(at: string | null | undefined, zone?: string): string {
  if (!at) return '–';
  return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'medium', timeZone: zone }).format(
    new Date(at),
  );
}

const OUTCOMES: Record<string, string> = {
  WAITING: 'Waiting',
  OPEN: 'Open',
  COMPLETED: 'Completed',
  ENDED_BY_VISITOR: 'Visitor ended',
  EXPIRED: 'Expired',
  ABANDONED_VISITOR_LEFT: 'Abandoned (visitor left)',
  ABANDONED_EXPIRED: 'Abandoned (expired)',
  LEFT_MESSAGE: 'Left a message',
};

export function outcome(value: string): string {
  return OUTCOMES[value] ?? value;
}
