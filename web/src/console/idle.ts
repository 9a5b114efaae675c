// The console reports its agent AWAY after the tenant's idle time without activity in any of its tabs, and ONLINE
// again at the next activity, unless the agent chose AWAY themselves. An idle console then counts as absent:
// notification-service mails visitor messages to away agents, and routing offers them no new chats.
import type { AgentStatus } from './types';

/** How the tabs of one console tell each other about activity and who set the agent away. */
export interface TabLink {
  post(message: 'active' | 'auto-away' | 'chosen'): void;
  onMessage(listener: (message: string) => void): void;
}

export interface IdleOptions {
  /** Sends a status frame; false when the socket is not open. */
  setStatus(status: AgentStatus): boolean;
  now?: () => number;
  tabs?: TabLink;
}

const ACTIVITY = ['pointerdown', 'pointermove', 'keydown', 'wheel', 'touchstart', 'focus'] as const;
const CHECK_EVERY_MS = 15_000;

export class IdleAway {
  private idleMs = 5 * 60_000;
  private lastActivity: number;
  private status: AgentStatus | null = null;
  /** Whether the current AWAY was set by a console for idleness (not chosen by the agent). */
  private autoAway = false;
  private timer: number | undefined;
  private readonly now: () => number;

  constructor(private readonly options: IdleOptions) {
    this.now = options.now ?? (() => Date.now());
    this.lastActivity = this.now();
    options.tabs?.onMessage((message) => {
      if (message === 'active') this.lastActivity = this.now();
      else if (message === 'auto-away') this.autoAway = true;
      else if (message === 'chosen') this.autoAway = false;
    });
  }

  /** Starts listening to activity on `target` and checking for idleness. */
  start(target: EventTarget = document): void {
    let lastPosted = 0;
    const active = (): void => {
      this.active();
      // pointermove fires often: other tabs hear about it at most every few seconds
      if (this.now() - lastPosted > 5_000) {
        lastPosted = this.now();
        this.options.tabs?.post('active');
      }
    };
    for (const type of ACTIVITY) target.addEventListener(type, active, { capture: true, passive: true });
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) active();
    });
    this.timer = window.setInterval(() => this.check(), CHECK_EVERY_MS);
  }

  stop(): void {
    window.clearInterval(this.timer);
  }

  /** The tenant's idle time, from the agent's notification preferences. */
  setIdleMinutes(minutes: number): void {
    if (minutes > 0) this.idleMs = minutes * 60_000;
  }

  /** The status the server confirmed (welcome and status frames). */
  statusIs(status: AgentStatus): void {
    this.status = status;
  }

  /** The agent picked a status by hand: an AWAY they chose is theirs to end. */
  chose(status: AgentStatus): void {
    this.autoAway = false;
    this.status = status;
    this.options.tabs?.post('chosen');
  }

  /** Activity in this tab: back online if idleness had made the agent away. */
  active(): void {
    this.lastActivity = this.now();
    if (this.autoAway && this.status === 'AWAY' && this.options.setStatus('ONLINE')) {
      this.autoAway = false;
      this.status = 'ONLINE';
    }
  }

  /** Away once nothing happened in any tab for the idle time. */
  check(): void {
    if (this.status === 'ONLINE' && this.now() - this.lastActivity >= this.idleMs && this.options.setStatus('AWAY')) {
      this.status = 'AWAY';
      this.autoAway = true;
      this.options.tabs?.post('auto-away');
    }
  }
}

/** The tabs of this console in this browser, where BroadcastChannel exists. */
export function browserTabs(): TabLink | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  const channel = new BroadcastChannel('handoff-console-activity');
  return {
    post: (message) => channel.postMessage(message),
    onMessage: (listener) => channel.addEventListener('message', (e) => listener(String((e as MessageEvent).data))),
  };
}
