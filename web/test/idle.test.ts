// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { IdleAway, type TabLink } from '../src/console/idle';
import type { AgentStatus } from '../src/console/types';

/** Two tabs of one console, linked like a BroadcastChannel links them (a message reaches the other tabs only). */
function linkedTabs(): [TabLink, TabLink] {
  const listeners: ((m: string) => void)[][] = [[], []];
  const tab = (me: number): TabLink => ({
    post: (message) => listeners[1 - me].forEach((l) => l(message)),
    onMessage: (listener) => listeners[me].push(listener),
  });
  return [tab(0), tab(1)];
}

function console(clock: { t: number }, tabs?: TabLink) {
  const sent: AgentStatus[] = [];
  const idle = new IdleAway({ setStatus: (s) => (sent.push(s), true), now: () => clock.t, tabs });
  idle.setIdleMinutes(5);
  idle.statusIs('ONLINE');
  return { idle, sent };
}

describe('an idle console reports its agent away', () => {
  it('after the idle time without activity, once, and online again at the next activity', () => {
    const clock = { t: 0 };
    const { idle, sent } = console(clock);

    clock.t = 5 * 60_000 - 1;
    idle.check();
    expect(sent).toEqual([]);
    clock.t = 5 * 60_000;
    idle.check();
    idle.check();
    expect(sent).toEqual(['AWAY']);

    idle.active();
    expect(sent).toEqual(['AWAY', 'ONLINE']);
    idle.active();
    expect(sent).toEqual(['AWAY', 'ONLINE']);
  });

  it('activity keeps it online, and an away the agent chose is theirs to end', () => {
    const clock = { t: 0 };
    const { idle, sent } = console(clock);
    clock.t = 4 * 60_000;
    idle.active();
    clock.t = 8 * 60_000;
    idle.check();
    expect(sent).toEqual([]);

    idle.chose('AWAY');
    clock.t = 20 * 60_000;
    idle.active();
    idle.check();
    expect(sent).toEqual([]);
  });

  it('counts activity in any tab, and any tab ends an away that idleness set', () => {
    const clock = { t: 0 };
    const [one, two] = linkedTabs();
    const first = console(clock, one);
    const second = console(clock, two);

    clock.t = 4 * 60_000;
    two.post('active'); // the agent works in the second tab: the first hears of it
    clock.t = 6 * 60_000;
    first.idle.check();
    expect(first.sent).toEqual([]);

    clock.t = 10 * 60_000;
    first.idle.check();
    expect(first.sent).toEqual(['AWAY']);
    second.idle.statusIs('AWAY');
    second.idle.active();
    expect(second.sent).toEqual(['ONLINE']);
  });

  it('tries again when the socket was closed at the time', () => {
    const clock = { t: 0 };
    let open = false;
    const sent: AgentStatus[] = [];
    const idle = new IdleAway({ setStatus: (s) => (open && sent.push(s), open), now: () => clock.t });
    idle.statusIs('ONLINE');
    clock.t = 10 * 60_000;
    idle.check();
    expect(sent).toEqual([]);
    open = true;
    idle.check();
    expect(sent).toEqual(['AWAY']);
  });
});
