// How waits and times are worded for agents and visitors.

/** Time waited so far, ticking: "0:07", "12:05", "1:02:03". */
export function formatElapsed(fromIso: string | number | Date, now: number = Date.now()): string {
  const from = new Date(fromIso).getTime();
  const total = Number.isFinite(from) ? Math.max(0, Math.floor((now - from) / 1000)) : 0;
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`;
}

/** An estimated wait as a visitor reads it; null when nobody can tell yet. */
export function formatEstimatedWait(seconds: number | null | undefined): string | null {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return null;
  if (seconds < 60) return 'less than a minute';
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'about 1 minute' : `about ${minutes} minutes`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `about ${hours} h` : `about ${hours} h ${rest} min`;
}

/** A queue place as a visitor reads it. */
export function formatQueuePosition(position: number): string {
  if (position <= 1) return 'You are next in line.';
  return `You are number ${position} in line.`;
}

/**
 * A waiting visitor's status line: their place and what routing can honestly say of the wait (`waitStatus` of the
 * queue frames); a missing status is a measured wait.
 */
export function formatQueueStatus(
  position: number,
  seconds: number | null | undefined,
  waitStatus?: string | null,
): string {
  const place = formatQueuePosition(position);
  if (waitStatus === 'no-agents')
    return `${place} No one is available right now; someone will answer as soon as they are back.`;
  if (waitStatus === 'not-accepting')
    return `${place} Nobody has been able to take a chat for a while, so we cannot say how long it will take.`;
  const words = formatEstimatedWait(seconds);
  if (!words) return place;
  return waitStatus === 'agents-busy'
    ? `${place} Everyone is busy; estimated wait: ${words}.`
    : `${place} Estimated wait: ${words}.`;
}

/** When something opens again, in the reader's time zone: "today at 09:00", "tomorrow at 09:00", "on Mon 3 Mar at 09:00". */
export function formatOpening(iso: string, now: Date = new Date(), timeZone?: string, locale = 'en-GB'): string {
  const at = new Date(iso);
  const day = (d: Date) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(d);
  const time = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    at,
  );
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  if (day(at) === day(now)) return `today at ${time}`;
  if (day(at) === day(tomorrow)) return `tomorrow at ${time}`;
  const date = new Intl.DateTimeFormat(locale, { timeZone, weekday: 'short', day: 'numeric', month: 'short' }).format(
    at,
  );
  return `on ${date} at ${time}`;
}

/** A clock time for a message: "14:03". */
export function formatClock(iso: string | undefined, timeZone?: string): string {
  if (!iso) return '';
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return '';
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(at);
}
