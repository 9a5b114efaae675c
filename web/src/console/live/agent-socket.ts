// The console's socket /ws/agent: a single-use ticket per connection, a heartbeat that notices dead
// connections, reconnection with back-off, and resumption after the last frame applied (afterSeq in the
// URL, so the missed frames come before any live one). Frames reach the handlers once each, in order.
import { reconnectDelay } from '../../shared/backoff';
import { ApiError, type Api } from '../api';
import type { AgentStatus, LiveMessage, SequencedFrame, ServerFrame } from '../types';
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
/** A send the server has not answered by then is retried by the caller with the same client id. */
const SENT_WITHIN_MS = 15_000;
/** A refused send as the REST send's status, so callers handle both alike. */
const REFUSAL_STATUS: Record<string, number> = {
  'invalid-frame': 400,
  'not-chat-holder': 403,
  'chat-not-found': 404,
  'chat-ended': 409,
  'rate-limited': 429,
  // The broker did not confirm the message (decision 0082): a resend with the same key is shown once.
  'not-stored': 503,
  'outcome-unknown': 503,
};

interface PendingSend {
  resolve(message: LiveMessage): void;
  reject(error: Error): void;
  timer: number;
}

export class AgentSocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private readonly sequencer = new FrameSequencer();
  private pingTimer: number | undefined;
  private pongTimer: number | undefined;
  private retryTimer: number | undefined;
  private stopped = false;
  private readonly sends = new Map<string, PendingSend>();

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

  /**
   * Sends an agent message as a send frame on this socket (no bearer token verified per message), or over REST while
   * the socket is not open. Resolves with the stored message; a refusal rejects with an ApiError as REST would, a
   * lost socket or no answer with a plain Error (resend with the same client id: the server keeps it once).
   */
  sendMessage(conversationId: string, clientMessageId: string, text: string): Promise<LiveMessage> {
    if (!this.open) return this.api.send(conversationId, clientMessageId, text);
    return new Promise<LiveMessage>((resolve, reject) => {
      const timer = window.setTimeout(
        () => this.settle(clientMessageId, new Error('no answer to the send')),
        SENT_WITHIN_MS,
      );
      this.sends.get(clientMessageId)?.reject(new Error('sent again'));
      this.sends.set(clientMessageId, { resolve, reject, timer });
      this.send({ type: 'send', conversationId, clientMessageId, text });
    });
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
      for (const id of [...this.sends.keys()]) this.settle(id, new Error('the console socket closed'));
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
      case 'sent':
        this.settle(frame.clientMessageId ?? '', frame);
        return;
      case 'supervision.changed':
        this.handlers.supervision?.();
        return;
      case 'error':
        if (frame.clientMessageId && this.sends.has(frame.clientMessageId)) {
          const status = REFUSAL_STATUS[frame.code] ?? 400;
          this.settle(
            frame.clientMessageId,
            new ApiError(status, { type: `urn:handoff:problem:${frame.code}`, detail: frame.detail }),
          );
        } else if (frame.code === 'frames-expired') this.handlers.resync('frames-expired');
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

  private settle(clientMessageId: string, outcome: LiveMessage | Error): void {
    const pending = this.sends.get(clientMessageId);
    if (!pending) return;
    this.sends.delete(clientMessageId);
    window.clearTimeout(pending.timer);
    if (outcome instanceof Error) pending.reject(outcome);
    else pending.resolve(outcome);
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
