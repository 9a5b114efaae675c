// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Api } from '../src/console/api';
import { AgentSocket } from '../src/console/live/agent-socket';

/** Stands in for the browser's WebSocket: the test plays the server. */
class FakeSocket {
  static readonly OPEN = 1;
  static all: FakeSocket[] = [];
  readyState = 0;
  sent: unknown[] = [];
  onmessage: ((e: { data: string }) => void) | null = null;
  onclose: ((e: { code: number }) => void) | null = null;

  constructor(readonly url: URL) {
    FakeSocket.all.push(this);
    this.readyState = FakeSocket.OPEN;
  }

  send(text: string): void {
    this.sent.push(JSON.parse(text));
  }

  close(): void {
    this.drop(1000);
  }

  serverSends(...frames: object[]): void {
    for (const f of frames) this.onmessage?.({ data: JSON.stringify(f) });
  }

  drop(code = 1006): void {
    this.readyState = 3;
    this.onclose?.({ code });
  }
}

const frame = (seq: number) => ({ type: 'pending.removed', seq, conversationId: `c${seq}`, reason: 'claimed' });

describe('AgentSocket', () => {
  let tickets = 0;
  const api = { ticket: async () => ({ ticket: `t${++tickets}`, expiresAt: '' }) } as unknown as Api;
  const events: string[] = [];
  const handlers = {
    frame: (f: { seq: number }) => events.push(`frame ${f.seq}`),
    resync: (reason: string) => events.push(`resync ${reason}`),
    connection: (state: string) => events.push(state),
    status: (status: string) => events.push(`status ${status}`),
    problem: (code: string) => events.push(`problem ${code}`),
  };

  beforeEach(() => {
    FakeSocket.all = [];
    events.length = 0;
    vi.stubGlobal('WebSocket', FakeSocket);
  });

  afterEach(() => vi.unstubAllGlobals());

  it('loads over REST once, then resumes after the last frame applied without losing or doubling one', async () => {
    const socket = new AgentSocket(api, handlers as never);
    socket.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    const first = FakeSocket.all[0];
    expect(first.url.pathname).toBe('/ws/agent');
    expect(first.url.searchParams.get('ticket')).toBe('t1');
    expect(first.url.searchParams.has('afterSeq')).toBe(false);

    first.serverSends({ type: 'welcome', agentId: 'alice', status: 'ONLINE', lastSeq: 5 }, frame(6), frame(7));
    first.drop();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(2), { timeout: 3000 });
    const second = FakeSocket.all[1];
    expect(second.url.searchParams.get('ticket')).toBe('t2');
    expect(second.url.searchParams.get('afterSeq')).toBe('7');

    // the server replays from afterSeq; a live frame raced in before the socket died is replayed too
    second.serverSends(
      { type: 'welcome', agentId: 'alice', status: 'AWAY', lastSeq: 9 },
      frame(7),
      frame(8),
      frame(9),
      frame(9),
    );
    expect(events).toEqual([
      'connecting',
      'open',
      'status ONLINE',
      'resync welcome',
      'frame 6',
      'frame 7',
      'lost',
      'lost',
      'open',
      'status AWAY',
      'frame 8',
      'frame 9',
    ]);
    socket.stop();
  });

  it('reloads over REST when the server no longer has the frames the console missed', async () => {
    const socket = new AgentSocket(api, handlers as never);
    socket.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    const ws = FakeSocket.all[0];
    ws.serverSends(
      { type: 'welcome', agentId: 'alice', status: 'ONLINE', lastSeq: 1 },
      { type: 'error', code: 'frames-expired', detail: 'reload' },
      frame(2),
      frame(5),
      { type: 'error', code: 'rate-limited', detail: 'slow down' },
    );
    expect(events.slice(3)).toEqual([
      'resync welcome',
      'resync frames-expired',
      'frame 2',
      'frame 5',
      'resync gap',
      'problem rate-limited',
    ]);
    socket.stop();
  });

  it('passes the supervisors’ overview hint on without counting it as a numbered frame', async () => {
    const socket = new AgentSocket(api, { ...handlers, supervision: () => events.push('supervision') } as never);
    socket.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    FakeSocket.all[0].serverSends(
      { type: 'welcome', agentId: 'sue', status: 'ONLINE', lastSeq: 1 },
      { type: 'supervision.changed' },
      frame(2),
      { type: 'supervision.changed' },
      frame(3),
    );
    expect(events.slice(3)).toEqual(['resync welcome', 'supervision', 'frame 2', 'supervision', 'frame 3']);
    socket.stop();
  });

  it('changes the agent’s status over the socket, and says so when it cannot', async () => {
    const socket = new AgentSocket(api, handlers as never);
    expect(socket.setStatus('AWAY')).toBe(false);
    socket.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    expect(socket.setStatus('AWAY')).toBe(true);
    expect(FakeSocket.all[0].sent).toEqual([{ type: 'status', status: 'AWAY' }]);
    socket.stop();
  });

  it('sends messages as frames while open, over REST while not, and answers each send by its key', async () => {
    const rest: string[] = [];
    const restApi = {
      ticket: api.ticket,
      send: async (id: string, cid: string, text: string) => {
        rest.push(`${id}/${cid}`);
        return { conversationId: id, messageId: 'm-rest', clientMessageId: cid, text } as never;
      },
    } as unknown as Api;
    const socket = new AgentSocket(restApi, handlers as never);
    expect((await socket.sendMessage('c1', 'k0', 'before the socket')).messageId).toBe('m-rest');
    socket.start();
    await vi.waitFor(() => expect(FakeSocket.all).toHaveLength(1));
    const ws = FakeSocket.all[0];
    ws.serverSends({ type: 'welcome', agentId: 'alice', status: 'ONLINE', lastSeq: 0 });

    const first = socket.sendMessage('c1', 'k1', 'Hello');
    const refused = socket.sendMessage('c1', 'k2', 'Too late');
    const unconfirmed = socket.sendMessage('c1', 'k4', 'Broker away');
    const lost = socket.sendMessage('c1', 'k3', 'Lost');
    expect(ws.sent).toEqual([
      { type: 'send', conversationId: 'c1', clientMessageId: 'k1', text: 'Hello' },
      { type: 'send', conversationId: 'c1', clientMessageId: 'k2', text: 'Too late' },
      { type: 'send', conversationId: 'c1', clientMessageId: 'k4', text: 'Broker away' },
      { type: 'send', conversationId: 'c1', clientMessageId: 'k3', text: 'Lost' },
    ]);
    // answered out of order: each promise gets its own answer
    ws.serverSends(
      { type: 'error', code: 'chat-ended', detail: 'ended', clientMessageId: 'k2' },
      { type: 'sent', created: true, conversationId: 'c1', messageId: 'm1', clientMessageId: 'k1', text: 'Hello' },
    );
    expect((await first).messageId).toBe('m1');
    await expect(refused).rejects.toMatchObject({ status: 409, kind: 'chat-ended' });
    // not confirmed by the broker: a 503, which the chat pane sends again under the same key
    ws.serverSends({ type: 'error', code: 'outcome-unknown', detail: 'maybe', clientMessageId: 'k4' });
    await expect(unconfirmed).rejects.toMatchObject({ status: 503, kind: 'outcome-unknown' });
    ws.drop();
    await expect(lost).rejects.toThrow('closed');
    expect(rest).toEqual(['c1/k0']);
    expect(events).not.toContain('problem chat-ended');
    socket.stop();
  });
});
