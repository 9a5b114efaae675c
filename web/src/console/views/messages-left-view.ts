// Messages left: what waiting visitors wrote when nobody was accepting, to answer by e-mail. Read when the page
// opens (and on Refresh), newest first; agents see their teams' and untagged ones, supervisors the whole tenant.
import { el, messageText, replace } from '../../shared/dom';
import type { Ctx } from '../context';
import { errorText, toast } from '../notices';
import type { OfflineMessage } from '../types';

type Status = 'open' | 'handled' | 'all';

export class MessagesLeftView {
  readonly root = el('section', { class: 'messages-left', attrs: { 'aria-label': 'Messages left' } });
  private readonly list = el('div', { class: 'messages-left-list' });
  private readonly pager = el('div', { class: 'pager' });
  private status: Status = 'open';
  private page = 0;

  constructor(private readonly ctx: Ctx) {
    const filter = el(
      'select',
      { attrs: { 'aria-label': 'Show' } },
      el('option', { attrs: { value: 'open' } }, 'Not handled'),
      el('option', { attrs: { value: 'handled' } }, 'Handled'),
      el('option', { attrs: { value: 'all' } }, 'All'),
    );
    filter.addEventListener('change', () => {
      this.status = filter.value as Status;
      this.page = 0;
      void this.refresh();
    });
    const refresh = el(
      'button',
      { class: 'refresh', attrs: { type: 'button' }, on: { click: () => void this.refresh() } },
      'Refresh',
    );
    this.root.append(
      el('h2', {}, 'Messages left'),
      el(
        'p',
        { class: 'empty' },
        'Visitors who waited while nobody was accepting left these messages. Answer them by e-mail, then mark them handled.',
      ),
      el('div', { class: 'inline-form' }, filter, refresh),
      this.list,
      this.pager,
    );
    void this.refresh();
  }

  async refresh(): Promise<void> {
    try {
      const found = await this.ctx.api.offlineMessages(this.status, this.page);
      replace(
        this.list,
        ...(found.items.length === 0
          ? [el('p', { class: 'empty' }, 'No messages.')]
          : found.items.map((m) => this.item(m))),
      );
      replace(
        this.pager,
        this.page > 0 &&
          el('button', { attrs: { type: 'button' }, on: { click: () => this.go(this.page - 1) } }, 'Newer'),
        found.hasMore &&
          el('button', { attrs: { type: 'button' }, on: { click: () => this.go(this.page + 1) } }, 'Older'),
      );
    } catch (e) {
      replace(this.list, el('p', { class: 'form-error' }, `Could not read the messages: ${errorText(e)}`));
    }
  }

  private go(page: number): void {
    this.page = page;
    void this.refresh();
  }

  private item(m: OfflineMessage): HTMLElement {
    const handled = m.handledAt
      ? el(
          'p',
          { class: 'handled' },
          `Handled by ${m.handledByName ?? m.handledBy} on ${new Date(m.handledAt).toLocaleString()}`,
        )
      : el(
          'button',
          { class: 'primary mark-handled', attrs: { type: 'button' }, on: { click: () => void this.markHandled(m) } },
          'Mark as handled',
        );
    return el(
      'article',
      { class: 'message-left', data: { conversationId: m.id } },
      el(
        'h3',
        {},
        m.visitorName || 'Anonymous',
        ' ',
        el('a', { attrs: { href: `mailto:${m.visitorEmail}` } }, m.visitorEmail),
      ),
      el(
        'p',
        { class: 'meta' },
        `${m.botName ?? m.botId}${m.team ? ` · team ${m.team}` : ''} · ${new Date(m.leftAt).toLocaleString()}`,
      ),
      el('p', { class: 'text' }, messageText(m.message)),
      handled,
    );
  }

  private async markHandled(m: OfflineMessage): Promise<void> {
    try {
      await this.ctx.api.markOfflineMessageHandled(m.id);
      toast('Marked as handled.');
    } catch (e) {
      toast(`Could not mark it handled: ${errorText(e)}`, 'error');
    }
    await this.refresh();
  }
}
