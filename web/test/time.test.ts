import { describe, expect, it } from 'vitest';
import {
  formatClock,
  formatElapsed,
  formatEstimatedWait,
  formatOpening,
  formatQueuePosition,
  formatQueueStatus,
} from '../src/shared/time';

describe('wait and time wording', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');

  it('ticks the time waited as a clock', () => {
    expect(formatElapsed('2026-03-02T10:00:00Z', now)).toBe('0:00');
    expect(formatElapsed('2026-03-02T09:59:53Z', now)).toBe('0:07');
    expect(formatElapsed('2026-03-02T09:47:55Z', now)).toBe('12:05');
    expect(formatElapsed('2026-03-02T08:57:57Z', now)).toBe('1:02:03');
  });

  it('never shows a negative or broken wait (clock skew, bad input)', () => {
    expect(formatElapsed('2026-03-02T10:00:05Z', now)).toBe('0:00');
    expect(formatElapsed('not a date', now)).toBe('0:00');
  });

  it('words an estimated wait for visitors', () => {
    expect(formatEstimatedWait(null)).toBeNull();
    expect(formatEstimatedWait(-1)).toBeNull();
    expect(formatEstimatedWait(20)).toBe('less than a minute');
    expect(formatEstimatedWait(60)).toBe('about 1 minute');
    expect(formatEstimatedWait(61)).toBe('about 2 minutes');
    expect(formatEstimatedWait(3600)).toBe('about 1 h');
    expect(formatEstimatedWait(3900)).toBe('about 1 h 5 min');
  });

  it('words a queue place', () => {
    expect(formatQueuePosition(1)).toBe('You are next in line.');
    expect(formatQueuePosition(3)).toBe('You are number 3 in line.');
  });

  it('says when a closed team opens again, in the reader’s time zone', () => {
    const monday = new Date('2026-03-02T20:00:00Z');
    expect(formatOpening('2026-03-02T21:00:00Z', monday, 'Africa/Johannesburg')).toBe('today at 23:00');
    expect(formatOpening('2026-03-03T07:00:00Z', monday, 'Africa/Johannesburg')).toBe('tomorrow at 09:00');
    expect(formatOpening('2026-03-05T07:00:00Z', monday, 'Africa/Johannesburg')).toBe('on Thu 5 Mar at 09:00');
    expect(formatOpening('2026-03-03T07:00:00Z', monday, 'America/New_York')).toBe('tomorrow at 02:00');
  });

  it('shows message times as HH:mm', () => {
    expect(formatClock('2026-03-02T08:05:00Z', 'UTC')).toBe('08:05');
    expect(formatClock(undefined)).toBe('');
  });
  it('tells a waiting visitor plainly when no wait can be promised', () => {
    expect(formatQueueStatus(3, 180, 'estimated')).toBe('You are number 3 in line. Estimated wait: about 3 minutes.');
    expect(formatQueueStatus(3, 180)).toBe('You are number 3 in line. Estimated wait: about 3 minutes.');
    expect(formatQueueStatus(2, 600, 'agents-busy')).toBe(
      'You are number 2 in line. Everyone is busy; estimated wait: about 10 minutes.',
    );
    expect(formatQueueStatus(1, 0, 'no-agents')).toContain('No one is available right now');
    expect(formatQueueStatus(4, 0, 'not-accepting')).toContain('cannot say how long');
    expect(formatQueueStatus(4, 0, 'not-accepting')).not.toContain('less than a minute');
    expect(formatQueueStatus(1, null)).toBe('You are next in line.');
  });
});
