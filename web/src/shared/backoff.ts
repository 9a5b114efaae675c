/** Reconnect delays: 0.5 s, 1 s, 2 s, ... up to `maxMs`, with up to 30 % jitter so tabs do not reconnect in step. */
export function reconnectDelay(attempt: number, maxMs = 15000, random: () => number = Math.random): number {
  const base = Math.min(maxMs, 500 * 2 ** Math.max(0, attempt));
  return Math.round(base * (1 - 0.3 * random()));
}
