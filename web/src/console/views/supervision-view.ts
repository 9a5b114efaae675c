// Supervisors' live view: the queue (place, wait, bot, team, offer) with reassign, agents with presence and load
// (chats / limit), and the active chats, each openable read-only and takeable. Read again whenever the socket's
// supervision.changed hint says the tenant's overview changed: no polling.
import { el, replace } from '../../shared/dom';
import { formatElapsed } from '../../shared/time';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import type { Capacity, LiveMessage, QueueEntry, SupervisionOverview } from '../types';
import { WatchPane } from './watch-pane';

const STATUS_LABEL = { ONLINE: 'Online', AWAY: 'Away', OFFLINE: 'Offline' } as const;

export class SupervisionView {
  readonly root = el('section', { class: 'supervision', attrs: { 'aria-label': 'Supervision' } });
  private readonly queueBox = el('div', { class: 'sv-queue' });
  private readonly agentsBox = el('div', { class: 'sv-agents' });
  private readonly chatsBox = el('div', { class: 'sv-chats' });
  private readonly watchBox = el('div', { class: 'sv-watch' });
  private queue: QueueEntry[] = [];
  private overview: SupervisionOverview = { agents: [], chats: [], chatsCut: false };
  private capacity: Capacity | null = null;
  private watch: WatchPane | null = null;
  private loading = false;
  private loadAgain = false;

  constructor(
    private readonly ctx: Ctx,
    private readonly tookOver: (conversationId: string) => void,
  ) {
    this.root.append(
      el('h2', {}, 'Queue'),
      this.queueBox,
      el('h2', {}, 'Agents'),
      this.agentsBox,
      el('h2', {}, 'Active chats'),
      this.chatsBox,
      this.watchBox,
    );
    window.setInterval(() => this.tick(), 1000);
  }

  /** The overview changed (or may have: a reconnect): read it again; calls during a read coalesce into one more. */
  async refresh(): Promise<void> {
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    this.loading = true;
    try {
      const [queue, overview, capacity] = await Promise.all([
        this.ctx.api.queue(),
        this.ctx.api.supervision(),
        this.ctx.api.capacity().catch(() => null),
      ]);
      this.queue = queue;
      this.overview = overview;
      this.capacity = capacity;
      this.render();
    } catch (e) {
      toast(`Could not read the overview: ${errorText(e)}`, 'error');
    } finally {
      this.loading = false;
      if (this.loadAgain) {
        this.loadAgain = false;
        void this.refresh();
      }
    }
  }

  get watching(): string | null {
    return this.watch?.conversationId ?? null;
  }

  message(frame: LiveMessage): void {
    if (this.watch?.conversationId === frame.conversationId) this.watch.message(frame);
  }

  ended(conversationId: string, reason: string): void {
    if (this.watch?.conversationId === conversationId) this.watch.ended(reason);
  }

  /** Leaving the page: the chat opened read-only is closed, so its frames stop. */
  leave(): void {
    if (this.watch) void this.closeWatch();
  }

  private render(): void {
    const names = new Map(this.overview.agents.map((a) => [a.agentId, a.displayName]));
    const online = this.overview.agents.filter((a) => a.status === 'ONLINE');
    replace(
      this.queueBox,
      this.queue.length === 0
        ? el('p', { class: 'empty' }, 'Nobody is waiting.')
        : el(
            'table',
            { class: 'sv-queue-table' },
            el(
              'thead',
              {},
              el(
                'tr',
                {},
                ...['Place', 'Visitor', 'Chatbot', 'Team', 'Waiting', 'Offered to', 'Reassign'].map((h) =>
                  el('th', {}, h),
                ),
              ),
            ),
            el(
              'tbody',
              {},
              ...this.queue.map((q) => {
                const to = el(
                  'select',
                  { attrs: { 'aria-label': 'Give to' } },
                  ...online.map((a) => el('option', { attrs: { value: a.agentId } }, a.displayName)),
                );
                return el(
                  'tr',
                  { data: { conversationId: q.conversationId } },
                  el('td', {}, q.position),
                  el('td', {}, q.visitorName || 'Anonymous'),
                  el('td', { attrs: { title: q.botId } }, this.ctx.pending.get(q.conversationId)?.botName || q.botId),
                  el('td', {}, q.team ?? ''),
                  el('td', { class: 'wait', data: { since: q.waitingSince } }, formatElapsed(q.waitingSince)),
                  el('td', {}, q.offeredTo ? (names.get(q.offeredTo) ?? q.offeredTo) : ''),
                  el(
                    'td',
                    {},
                    online.length === 0
                      ? 'Nobody online'
                      : el(
                          'span',
                          {},
                          to,
                          el(
                            'button',
                            {
                              attrs: { type: 'button' },
                              on: { click: () => void this.reassign(q.conversationId, to.value) },
                            },
                            'Assign',
                          ),
                        ),
                  ),
                );
              }),
            ),
          ),
    );
    replace(
      this.agentsBox,
      this.overview.agents.length === 0
        ? el('p', { class: 'empty' }, 'No agent has opened the console yet.')
        : el(
            'table',
            { class: 'sv-agents-table' },
            el('thead', {}, el('tr', {}, ...['Agent', 'Status', 'Chats', 'Teams'].map((h) => el('th', {}, h)))),
            el(
              'tbody',
              {},
              ...this.overview.agents.map((a) =>
                el(
                  'tr',
                  { data: { agentId: a.agentId } },
                  el('td', {}, a.displayName, a.supervisor && el('span', { class: 'tag' }, 'supervisor')),
                  el('td', { class: `presence presence-${a.status.toLowerCase()}` }, STATUS_LABEL[a.status]),
                  el('td', { class: 'load' }, `${a.activeChats} / ${this.limitOf(a.agentId)}`),
                  el('td', {}, a.teams.length === 0 ? 'every team' : a.teams.join(', ')),
                ),
              ),
            ),
          ),
    );
    replace(
      this.chatsBox,
      this.overview.chats.length === 0
        ? el('p', { class: 'empty' }, 'No chat is active.')
        : el(
            'table',
            { class: 'sv-chats-table' },
            el(
              'thead',
              {},
              el('tr', {}, ...['Visitor', 'Agent', 'Chatbot', 'Team', 'Since', ''].map((h) => el('th', {}, h))),
            ),
            el(
              'tbody',
              {},
              ...this.overview.chats.map((c) =>
                el(
                  'tr',
                  { data: { conversationId: c.conversationId } },
                  el('td', {}, c.visitorName || 'Anonymous'),
                  el('td', { class: 'holder' }, c.agentName),
                  el('td', {}, c.botName ?? c.botId ?? ''),
                  el('td', {}, c.team ?? ''),
                  el('td', { class: 'wait', data: { since: c.since ?? '' } }, c.since ? formatElapsed(c.since) : ''),
                  el(
                    'td',
                    {},
                    el(
                      'button',
                      {
                        class: 'open-read-only',
                        attrs: { type: 'button' },
                        on: { click: () => void this.open(c.conversationId) },
                      },
                      'Open read-only',
                    ),
                    c.agentId !== this.ctx.me.id &&
                      el(
                        'button',
                        {
                          class: 'take-over',
                          attrs: { type: 'button' },
                          on: { click: () => void this.takeOver(c.conversationId) },
                        },
                        'Take over',
                      ),
                  ),
                ),
              ),
            ),
          ),
      this.overview.chatsCut && el('p', { class: 'empty' }, 'More chats are active than listed here.'),
    );
  }

  private limitOf(agentId: string): string {
    if (!this.capacity) return '?';
    return String(this.capacity.agents.find((a) => a.agentId === agentId)?.maxChats ?? this.capacity.defaultMaxChats);
  }

  private async open(conversationId: string): Promise<void> {
    try {
      const detail = await this.ctx.api.watch(conversationId);
      const agentName = this.overview.chats.find((c) => c.conversationId === conversationId)?.agentName ?? null;
      this.watch = new WatchPane(conversationId, detail, agentName, {
        takeOver: () => void this.takeOver(conversationId),
        close: () => void this.closeWatch(),
      });
      replace(this.watchBox, this.watch.root);
    } catch (e) {
      toast(`Could not open the chat: ${errorText(e)}`, 'error');
    }
  }

  private async closeWatch(): Promise<void> {
    this.watch = null;
    replace(this.watchBox);
    try {
      await this.ctx.api.stopWatching();
    } catch (e) {
      console.warn(`stop watching: ${errorText(e)}`);
    }
  }

  private async takeOver(conversationId: string): Promise<void> {
    try {
      await this.ctx.api.takeOver(conversationId);
      if (this.watch?.conversationId === conversationId) await this.closeWatch();
      toast('The chat is yours now; its agent and the visitor were told.');
      this.tookOver(conversationId);
    } catch (e) {
      toast(`Could not take the chat over: ${errorText(e)}`, 'error');
    }
  }

  private async reassign(conversationId: string, agentId: string): Promise<void> {
    try {
      await this.ctx.api.transfer(conversationId, { toAgentId: agentId });
      toast('The request was given to the agent.');
    } catch (e) {
      toast(`Could not reassign: ${errorText(e)}`, 'error');
    }
  }

  private tick(): void {
    const now = Date.now();
    for (const cell of this.root.querySelectorAll<HTMLElement>('td.wait')) {
      if (cell.dataset.since) cell.textContent = formatElapsed(cell.dataset.since, now);
    }
  }
}
