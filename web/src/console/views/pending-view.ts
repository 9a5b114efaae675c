// Pending requests: who waits, for which bot, how long (ticking), their last words to the bot, and Accept.
import { el, replace } from '../../shared/dom';
import { formatElapsed } from '../../shared/time';
import type { Ctx } from '../context';
import type { PendingItem } from '../types';

export class PendingView {
  readonly root = el('section', { class: 'pending', attrs: { 'aria-label': 'Pending requests' } });
  private readonly claiming = new Set<string>();
  /** The request a mail's link pointed at (#pending/<id>), shown marked while it waits. */
  private highlighted: string | null = null;
  private scrolledTo: string | null = null;

  constructor(
    private readonly ctx: Ctx,
    private readonly accept: (item: PendingItem) => Promise<void>,
  ) {
    ctx.pending.onChange(() => this.render());
    window.setInterval(() => this.tick(), 1000);
    this.render();
  }

  render(): void {
    const items = this.ctx.pending.list();
    if (items.length === 0) {
      replace(
        this.root,
        el('p', { class: 'empty' }, 'Nobody is waiting. New requests appear here the moment they arrive.'),
      );
      return;
    }
    const rows = items.map((item) =>
      el(
        'tr',
        {
          data: { conversationId: item.conversationId },
          class: `pending-row${item.conversationId === this.highlighted ? ' highlight' : ''}`,
        },
        el(
          'td',
          { class: 'visitor' },
          item.visitorName || 'Anonymous',
          item.priority > 0 &&
            el('span', { class: 'tag tag-priority', attrs: { title: 'Priority' } }, `P${item.priority}`),
          item.team && el('span', { class: 'tag' }, item.team),
        ),
        el('td', { class: 'bot', attrs: { title: item.botId } }, item.botName || item.botId),
        el('td', { class: 'wait', data: { since: item.waitingSince } }, formatElapsed(item.waitingSince)),
        el(
          'td',
          { class: 'preview' },
          item.preview ?? '',
          (item.waitingMessages ?? 0) > 0 &&
            el(
              'span',
              { class: 'tag tag-waiting', attrs: { title: 'Messages written while waiting' } },
              `+${item.waitingMessages}`,
            ),
        ),
        el(
          'td',
          {},
          el(
            'button',
            {
              class: 'primary accept',
              attrs: { type: 'button', disabled: this.claiming.has(item.conversationId) },
              on: { click: () => void this.claim(item) },
            },
            this.claiming.has(item.conversationId) ? 'Accepting…' : 'Accept',
          ),
        ),
      ),
    );
    if (this.highlighted && this.highlighted !== this.scrolledTo && this.ctx.pending.has(this.highlighted)) {
      this.scrolledTo = this.highlighted; // once: the agent may scroll away afterwards
      window.requestAnimationFrame(() =>
        this.root.querySelector('tr.highlight')?.scrollIntoView?.({ block: 'center' }),
      );
    }
    replace(
      this.root,
      el(
        'table',
        { class: 'pending-table' },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            el('th', {}, 'Visitor'),
            el('th', {}, 'Chatbot'),
            el('th', {}, 'Waiting'),
            el('th', {}, 'Last message'),
            el('th', {}),
          ),
        ),
        el('tbody', {}, ...rows),
      ),
    );
  }

  /** Marks the request a link named (null: none), now or once it is listed, and scrolls to it. */
  highlight(conversationId: string | null): void {
    this.highlighted = conversationId;
    this.render();
  }

  private async claim(item: PendingItem): Promise<void> {
    this.claiming.add(item.conversationId);
    this.render();
    try {
      await this.accept(item);
    } finally {
      this.claiming.delete(item.conversationId);
      this.render();
    }
  }

  private tick(): void {
    const now = Date.now();
    for (const cell of this.root.querySelectorAll<HTMLElement>('td.wait')) {
      cell.textContent = formatElapsed(cell.dataset.since ?? '', now);
    }
  }
}
