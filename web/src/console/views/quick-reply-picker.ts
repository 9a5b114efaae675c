// The quick-reply picker of a chat: filter by shortcut or words, pick one to send it.
import { el, replace } from '../../shared/dom';
import type { QuickReply } from '../types';

export function filterReplies(replies: QuickReply[], query: string): QuickReply[] {
  const q = query.trim().replace(/^\//, '').toLowerCase();
  const matches = replies.filter((r) => !q || r.shortcut.toLowerCase().includes(q) || r.text.toLowerCase().includes(q));
  return matches.sort(
    (a, b) =>
      Number(!a.shortcut.toLowerCase().startsWith(q)) - Number(!b.shortcut.toLowerCase().startsWith(q)) ||
      a.shortcut.localeCompare(b.shortcut),
  );
}

export class QuickReplyPicker {
  readonly root = el('div', { class: 'qr-picker', attrs: { role: 'dialog', 'aria-label': 'Quick replies' } });
  private readonly search = el('input', {
    attrs: { type: 'search', placeholder: 'Search quick replies', 'aria-label': 'Search quick replies' },
  });
  private readonly list = el('ul', { class: 'qr-list' });
  private replies: QuickReply[] = [];

  constructor(private readonly pick: (reply: QuickReply) => void) {
    this.root.hidden = true;
    this.root.append(this.search, this.list);
    this.search.addEventListener('input', () => this.render());
    this.search.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') this.close();
      if (e.key === 'Enter') {
        e.preventDefault();
        const first = filterReplies(this.replies, this.search.value)[0];
        if (first) this.choose(first);
      }
    });
  }

  open(replies: QuickReply[]): void {
    this.replies = replies;
    this.search.value = '';
    this.root.hidden = false;
    this.render();
    this.search.focus();
  }

  close(): void {
    this.root.hidden = true;
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  private choose(reply: QuickReply): void {
    this.close();
    this.pick(reply);
  }

  private render(): void {
    const shown = filterReplies(this.replies, this.search.value);
    if (shown.length === 0) {
      replace(
        this.list,
        el(
          'li',
          { class: 'empty' },
          this.replies.length ? 'No quick reply matches.' : 'No quick replies yet. Add them under Quick replies.',
        ),
      );
      return;
    }
    replace(
      this.list,
      ...shown.map((r) =>
        el(
          'li',
          {},
          el(
            'button',
            { class: 'qr-item', attrs: { type: 'button' }, on: { click: () => this.choose(r) } },
            el('span', { class: 'qr-shortcut' }, `/${r.shortcut}`),
            el('span', { class: 'qr-text' }, r.text),
            r.scope === 'SHARED' && el('span', { class: 'tag' }, 'shared'),
          ),
        ),
      ),
    );
  }
}
