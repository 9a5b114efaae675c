// The console's socket /ws/agent: a single-use ticket per connection, a heartbeat that notices dead
// connections, reconnection with back-off, and resumption after the last frame applied (afterSeq in the
// URL, so the missed frames come before any live one). Frames reach the handlers once each, in order.
import { reconnectDelay } from '../../shared/backoff';
import type { Api } from '../api';
import type { AgentStatus, SequencedFrame, ServerFrame } from '../types';
import { FrameSequencer } from './sequencer';

export type ConnectionState = 'connecting' | 'open' | 'lost';

export interface SocketHandlers {
  frame(frame: SequencedFrame): void;
  /** The console's state may be stale: reload it over REST (first socket, frames expired, a gap). */
  resync(reason: string): void;
  connection(state: ConnectionState): void;
  status(status: AgentStatus): void;
  problem(code: string, detail: string): void;
  /** Supervisors only: the tenant's overview changed (an unnumbered hint, outside the frame sequence). */
  supervision?(): void;
}

const PING_EVERY_MS = 20_000;
const PONG_WITHIN_MS = 10_000;

export class AgentSocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private readonly sequencer = new FrameSequencer();
  private pingTimer: number | undefined;
  private pongTimer: number | undefined;
  private retryTimer: number | undefined;
  private stopped = false;

  constructor(
    private readonly api: Api,
    private readonly handlers: SocketHandlers,
  ) {}

  start(): void {
    window.addEventListener('online', () => this.reconnectNow());
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    window.clearTimeout(this.retryTimer);
    this.ws?.close(1000, 'signed out');
  }

  setStatus(status: AgentStatus): boolean {
    return this.send({ type: 'status', status });
  }

  get open(): boolean {
    return this.ws?.readyState === WebSocket.OPEN;
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    this.handlers.connection(this.attempt === 0 && this.sequencer.lastSeq === null ? 'connecting' : 'lost');
    let ticket: string;
    try {
      ticket = (await this.api.ticket()).ticket;
    } catch {
      this.retryLater();
      return;
    }
    const after = this.sequencer.lastSeq;
    const url = new URL('/ws/agent', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('ticket', ticket);
    if (after !== null) url.searchParams.set('afterSeq', String(after));
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onmessage = (event) => {
      if (this.ws === ws) this.receive(JSON.parse(String(event.data)) as ServerFrame, after !== null);
    };
    ws.onclose = () => {
      if (this.ws !== ws) return;
      this.ws = null;
      this.stopHeartbeat();
      if (!this.stopped) {
        this.handlers.connection('lost');
        this.retryLater();
      }
    };
  }

  private receive(frame: ServerFrame, resumed: boolean): void {
    switch (frame.type) {
      case 'welcome':
        this.attempt = 0;
        this.startHeartbeat();
        this.handlers.connection('open');
        this.handlers.status(frame.status);
        if (this.sequencer.welcome(frame.lastSeq, resumed) === 'fresh') this.handlers.resync('welcome');
        return;
      case 'pong':
        window.clearTimeout(this.pongTimer);
        return;
      case 'status':
        this.handlers.status(frame.status);
        return;
      case 'supervision.changed':
        this.handlers.supervision?.();
        return;
      case 'error':
        if (frame.code === 'frames-expired') this.handlers.resync('frames-expired');
        else this.handlers.problem(frame.code, frame.detail);
        return;
      default: {
        const verdict = this.sequencer.accept(frame.seq);
        if (verdict === 'duplicate') return;
        this.handlers.frame(frame);
        if (verdict === 'gap') this.handlers.resync('gap');
      }
    }
  }

  private send(frame: object): boolean {
    if (this.ws?.readyState !== WebSocket.OPEN) return false;
    this.ws.send(JSON.stringify(frame));
    return true;
  }

  private startHeartbeat(): void {
    this.stopHeartbeat();
    this.pingTimer = window.setInterval(() => {
      if (!this.send({ type: 'ping' })) return;
      window.clearTimeout(this.pongTimer);
      this.pongTimer = window.setTimeout(() => this.ws?.close(4000, 'no pong'), PONG_WITHIN_MS);
    }, PING_EVERY_MS);
  }

  private stopHeartbeat(): void {
    window.clearInterval(this.pingTimer);
    window.clearTimeout(this.pongTimer);
  }

  private retryLater(): void {
    window.clearTimeout(this.retryTimer);
    this.retryTimer = window.setTimeout(() => void this.connect(), reconnectDelay(this.attempt++));
  }

  private reconnectNow(): void {
    if (this.ws || this.stopped) return;
    this.attempt = 0;
    window.clearTimeout(this.retryTimer);
    void this.connect();
  }
}
