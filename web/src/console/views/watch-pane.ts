// A chat a supervisor opened read-only: the whole conversation, its new messages live (frames of the watched
// chat), no composer; Take over makes the supervisor its agent (routing), Close stops watching.
import { el, replace } from '../../shared/dom';
import { MessageStore } from '../live/message-store';
import type { ChatDetail, LiveMessage } from '../types';
import { messageItem } from './message-view';

export class WatchPane {
  readonly root = el('section', { class: 'watch-pane chat-pane', attrs: { 'aria-label': 'Chat (read-only)' } });
  private readonly store = new MessageStore();
  private readonly messages = el('ol', { class: 'messages', attrs: { 'aria-live': 'polite' } });
  private readonly state = el('span', { class: 'tag' });

  constructor(
    readonly conversationId: string,
    detail: ChatDetail,
    agentName: string | null,
    actions: { takeOver: () => void; close: () => void },
  ) {
    this.store.load(detail.history);
    this.showState(detail.status === 'ENDED' ? (detail.endReason ?? 'ended') : null);
    this.root.append(
      el(
        'div',
        { class: 'chat-header' },
        el(
          'h3',
          { class: 'chat-title' },
          `${detail.visitor.name || 'Anonymous'} with ${agentName ?? detail.assignee ?? 'nobody'}`,
        ),
        el('span', { class: 'tag' }, 'Read-only'),
        this.state,
        el(
          'div',
          { class: 'chat-actions' },
          el(
            'button',
            {
              class: 'primary take-over',
              attrs: { type: 'button', disabled: detail.status === 'ENDED' },
              on: { click: actions.takeOver },
            },
            'Take over',
          ),
          el('button', { class: 'link', attrs: { type: 'button' }, on: { click: actions.close } }, 'Close'),
        ),
      ),
      this.messages,
    );
    this.render();
  }

  /** A `message` frame of this chat. */
  message(m: LiveMessage): void {
    if (this.store.add(m)) this.render();
  }

  ended(reason: string): void {
    this.showState(reason);
    this.root.querySelector<HTMLButtonElement>('button.take-over')!.disabled = true;
  }

  private showState(endReason: string | null): void {
    this.state.hidden = endReason === null;
    this.state.className = 'tag tag-ended';
    this.state.textContent = endReason === null ? '' : `Ended (${endReason})`;
  }

  private render(): void {
    const items = this.store.list().map((m) => messageItem(m, () => undefined));
    replace(this.messages, ...(items.length > 0 ? items : [el('li', { class: 'empty' }, 'No messages yet.')]));
    this.messages.scrollTop = this.messages.scrollHeight;
  }
}
