// The visitor's native socket /ws/visitor: reconnects with back-off and asks for everything after the last
// feed entry it applied, so nothing is lost or shown twice (Transcript drops what it saw).
import { reconnectDelay } from '../shared/backoff';

export interface VisitorFrame {
  type: string;
  [field: string]: unknown;
}

export class VisitorSocket {
  private ws: WebSocket | null = null;
  private attempt = 0;
  private closed = false;
  private pinger: number | undefined;
  private retry: number | undefined;
  private readonly outbox: string[] = [];

  constructor(
    private readonly token: string,
    private readonly after: () => number,
    private readonly onFrame: (frame: VisitorFrame) => void,
    private readonly onState: (state: 'open' | 'lost' | 'refused') => void,
  ) {}

  connect(): void {
    const url = new URL('/ws/visitor', location.href);
    url.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';
    url.searchParams.set('token', this.token);
    url.searchParams.set('after', String(this.after()));
    const ws = new WebSocket(url);
    this.ws = ws;
    ws.onopen = () => {
      this.attempt = 0;
      this.onState('open');
      this.pinger = window.setInterval(() => this.send({ type: 'ping' }), 25_000);
      for (const frame of this.outbox.splice(0)) ws.send(frame);
    };
    ws.onmessage = (event) => this.onFrame(JSON.parse(String(event.data)) as VisitorFrame);
    ws.onclose = (event) => {
      window.clearInterval(this.pinger);
      if (this.ws !== ws || this.closed) return;
      this.ws = null;
      if (event.code === 4403) {
        this.onState('refused');
        return;
      }
      this.onState('lost');
      this.retry = window.setTimeout(() => this.connect(), reconnectDelay(this.attempt++));
    };
  }

  /** Sends now, or as soon as the socket is open again. */
  send(frame: object): void {
    const text = JSON.stringify(frame);
    if (this.ws?.readyState === WebSocket.OPEN) this.ws.send(text);
    else if ((frame as VisitorFrame).type !== 'ping' && (frame as VisitorFrame).type !== 'typing')
      this.outbox.push(text);
  }

  close(): void {
    this.closed = true;
    window.clearTimeout(this.retry);
    window.clearInterval(this.pinger);
    this.ws?.close(1000);
  }
}
