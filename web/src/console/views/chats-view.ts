// Active chats: the agent's chats with unread counts on the left, the open chat on the right.
import { el, replace } from '../../shared/dom';
import type { ChatEntry, Ctx } from '../context';
import { ChatPane } from './chat-pane';

export class ChatsView {
  readonly root = el('section', { class: 'chats', attrs: { 'aria-label': 'Active chats' } });
  private readonly list = el('ul', { class: 'chat-list' });
  private readonly paneHolder = el('div', { class: 'pane-holder' });
  private pane: ChatPane | null = null;

  constructor(private readonly ctx: Ctx) {
    this.root.append(el('nav', { class: 'chat-list-holder' }, this.list), this.paneHolder);
    ctx.chats.onChange(() => this.renderList());
    this.renderList();
    this.showPlaceholder();
  }

  get openPane(): ChatPane | null {
    return this.pane;
  }

  open(conversationId: string | null): void {
    if (this.pane?.conversationId === conversationId) {
      this.pane.markRead();
      return;
    }
    this.pane?.dispose();
    this.pane = null;
    if (!conversationId) {
      this.showPlaceholder();
    } else {
      this.pane = new ChatPane(this.ctx, conversationId);
      replace(this.paneHolder, this.pane.root);
    }
    this.renderList();
  }

  private showPlaceholder(): void {
    replace(
      this.paneHolder,
      el(
        'p',
        { class: 'empty' },
        this.ctx.chats.size ? 'Choose a chat on the left.' : 'No active chats. Accept a pending request to start one.',
      ),
    );
  }

  private renderList(): void {
    const chats = this.ctx.chats.list();
    if (chats.length === 0) {
      replace(this.list, el('li', { class: 'empty' }, 'No active chats.'));
      return;
    }
    replace(this.list, ...chats.map((c) => this.item(c)));
  }

  private item(c: ChatEntry): HTMLLIElement {
    const selected = this.pane?.conversationId === c.conversationId;
    return el(
      'li',
      {},
      el(
        'a',
        {
          class: `chat-item${selected ? ' selected' : ''}${c.endReason ? ' ended' : ''}`,
          attrs: {
            href: `#chats/${encodeURIComponent(c.conversationId)}`,
            'aria-current': selected ? 'true' : undefined,
          },
          data: { conversationId: c.conversationId },
        },
        el('span', { class: 'chat-name' }, c.visitorName || 'Anonymous'),
        c.unread > 0 && el('span', { class: 'badge unread', attrs: { 'aria-label': `${c.unread} unread` } }, c.unread),
        el('span', { class: 'chat-preview' }, c.typing ? 'typing…' : c.subject || c.preview || ''),
        c.endReason && el('span', { class: 'tag tag-ended' }, 'Ended'),
      ),
    );
  }
}
