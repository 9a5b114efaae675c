import { describe, expect, it } from 'vitest';
import { byWaitingOrder } from '../src/console/context';
import { LiveList } from '../src/console/live/live-list';
import type { PendingItem } from '../src/console/types';

const item = (id: string, waitingSince: string, priority = 0): PendingItem => ({
  conversationId: id,
  visitorName: id,
  botId: 'demo-bot',
  waitingSince,
  preview: null,
  priority,
  team: null,
  botName: null,
  botAvatarUrl: null,
  waitingMessages: 0,
});

const ids = (list: LiveList<PendingItem>) => list.list().map((p) => p.conversationId);

describe('LiveList (pending requests)', () => {
  it('orders by priority, then longest waiting', () => {
    const list = new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder);
    list.apply({ kind: 'upsert', item: item('late', '2026-01-01T10:05:00Z') });
    list.apply({ kind: 'upsert', item: item('early', '2026-01-01T10:00:00Z') });
    list.apply({ kind: 'upsert', item: item('urgent', '2026-01-01T10:09:00Z', 5) });
    expect(ids(list)).toEqual(['urgent', 'early', 'late']);
  });

  it('keeps a request claimed while the REST list was loading out, even if the list still had it', () => {
    const list = new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder);
    list.beginLoad();
    list.apply({ kind: 'remove', id: 'a' }); // pending.removed arrives before the (older) REST answer
    list.finishLoad([item('a', '2026-01-01T10:00:00Z'), item('b', '2026-01-01T10:01:00Z')]);
    expect(ids(list)).toEqual(['b']);
  });

  it('keeps a request added while the REST list was loading, and shows each request once', () => {
    const list = new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder);
    list.beginLoad();
    list.apply({ kind: 'upsert', item: item('c', '2026-01-01T10:02:00Z') });
    list.apply({ kind: 'upsert', item: item('b', '2026-01-01T10:01:00Z') });
    list.finishLoad([item('b', '2026-01-01T10:01:00Z')]);
    expect(ids(list)).toEqual(['b', 'c']);
  });

  it('forgets the remembered frames after a load, and keeps what the predicate asks for', () => {
    const list = new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder);
    list.apply({ kind: 'upsert', item: item('kept', '2026-01-01T09:00:00Z', 9) });
    list.beginLoad();
    list.apply({ kind: 'upsert', item: item('x', '2026-01-01T10:00:00Z') });
    list.finishLoad([], (p) => p.priority === 9);
    expect(ids(list)).toEqual(['kept', 'x']);
    list.beginLoad();
    list.finishLoad([]);
    expect(ids(list)).toEqual([]);
  });

  it('patches only known items and notifies listeners of every change', () => {
    const list = new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder);
    let changes = 0;
    list.onChange(() => changes++);
    list.apply({ kind: 'patch', id: 'ghost', patch: { preview: 'x' } });
    list.apply({ kind: 'upsert', item: item('a', '2026-01-01T10:00:00Z') });
    list.apply({ kind: 'patch', id: 'a', patch: { preview: 'hello' } });
    expect(list.has('ghost')).toBe(false);
    expect(list.get('a')?.preview).toBe('hello');
    expect(changes).toBe(3);
  });
});
