// The open chat: visitor info, the bot conversation then the live chat, the visitor typing, the composer with
// quick replies, the subject, transfer, Propose to end (the visitor decides) and Mark as complete (ends at once).
import { el, replace } from '../../shared/dom';
import { newId } from '../../shared/ids';
import { formatClock } from '../../shared/time';
import { ApiError } from '../api';
import type { Ctx } from '../context';
import { MessageStore } from '../live/message-store';
import { errorText, toast } from '../notices';
import type { ChatDetail, LiveMessage, QuickReply } from '../types';
import { confirmDialog } from './confirm-dialog';
import { messageItem } from './message-view';
import { QuickReplyPicker } from './quick-reply-picker';
import { openTransferDialog } from './transfer-dialog';

const TYPING_IDLE_MS = 3000;
const VISITOR_TYPING_TIMEOUT_MS = 8000;

export class ChatPane {
  readonly root = el('section', { class: 'chat-pane', attrs: { 'aria-label': 'Chat' } });
  private readonly store = new MessageStore();
  private detail: ChatDetail | null = null;
  private ended: string | null = null;
  private endProposed = false;
  private readonly proposalNote = el('p', {
    class: 'end-proposal-note',
    attrs: { role: 'status', 'aria-live': 'polite' },
  });
  private readonly title = el('h2', { class: 'chat-title' });
  private readonly subject = el('input', {
    class: 'subject',
    attrs: { placeholder: 'Add a subject', maxlength: '200', 'aria-label': 'Subject' },
  });
  private readonly info = el('dl', { class: 'visitor-info' });
  private readonly messages = el('ol', { class: 'messages', attrs: { 'aria-live': 'polite' } });
  private readonly typing = el('div', { class: 'typing', attrs: { 'aria-live': 'polite' } });
  private readonly input = el('textarea', {
    attrs: {
      rows: '2',
      placeholder: 'Type a message. Enter sends, Shift+Enter is a new line.',
      'aria-label': 'Message',
    },
  });
  private readonly composer = el('form', { class: 'composer' });
  private readonly actions = el('div', { class: 'chat-actions' });
  private readonly picker = new QuickReplyPicker((reply) => void this.sendQuickReply(reply));
  /** How to send each of the agent's messages not stored yet, by client message id, for Retry. */
  private readonly calls = new Map<string, () => Promise<LiveMessage>>();
  private amTyping = false;
  private typingIdle: number | undefined;
  private visitorTypingTimer: number | undefined;
  private readTimer: number | undefined;

  constructor(
    private readonly ctx: Ctx,
    readonly conversationId: string,
  ) {
    this.build();
    void this.load();
  }

  /** Reload the chat over REST (after a resync): merges with what is shown, nothing doubles. */
  async load(): Promise<void> {
    try {
      const detail = await this.ctx.api.chat(this.conversationId);
      this.detail = detail;
      this.store.load(detail.history);
      if (detail.status === 'ENDED') this.ended = detail.endReason ?? 'ended';
      this.endProposed = !!detail.endProposedAt;
      this.renderHeader();
      this.renderMessages();
      this.markRead();
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) {
        replace(
          this.root,
          el('p', { class: 'empty' }, 'This chat is no longer yours (transferred or back in the queue).'),
        );
      } else {
        toast(`Could not load the chat: ${errorText(e)}`, 'error');
      }
    }
  }

  message(m: LiveMessage): void {
    if (!this.store.add(m)) return;
    if (m.sender.toLowerCase() === 'visitor') this.showVisitorTyping(false);
    this.renderMessages();
    if (m.sender.toLowerCase() === 'visitor') this.markRead(true);
  }

  visitorTyping(typing: boolean): void {
    this.showVisitorTyping(typing);
  }

  /** The agent's proposal to end now waits for the visitor (`pending`), or the visitor wrote instead and it is gone. */
  endProposal(pending: boolean): void {
    const withdrawn = this.endProposed && !pending;
    this.endProposed = pending;
    this.proposalNote.textContent = withdrawn
      ? `${this.detail?.visitor.name || 'The visitor'} wrote instead of ending: the chat goes on.`
      : '';
    if (withdrawn) toast(this.proposalNote.textContent);
    this.renderHeader();
  }

  chatEnded(reason: string): void {
    this.ended = reason;
    this.endProposed = false;
    this.proposalNote.textContent = '';
    this.showVisitorTyping(false);
    this.renderHeader();
  }

  /** Moves the read mark to the newest message when the agent can see it; `always`: even if nothing looks unread. */
  markRead(always = false): void {
    window.clearTimeout(this.readTimer);
    this.readTimer = window.setTimeout(() => {
      if (document.hidden || !this.root.isConnected) return;
      const entry = this.ctx.chats.get(this.conversationId);
      if (!entry || (!always && entry.unread === 0)) return;
      this.ctx.api
        .markRead(this.conversationId)
        .then((r) => this.ctx.chats.apply({ kind: 'patch', id: this.conversationId, patch: { unread: r.unread } }))
        .catch(() => undefined);
    }, 300);
  }

  dispose(): void {
    this.stopTyping();
    window.clearTimeout(this.visitorTypingTimer);
    window.clearTimeout(this.readTimer);
  }

  private build(): void {
    const send = el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Send');
    const quick = el(
      'button',
      {
        attrs: { type: 'button', 'aria-label': 'Quick replies', title: 'Quick replies' },
        on: { click: () => void this.togglePicker() },
      },
      'Quick reply',
    );
    this.composer.append(this.picker.root, this.input, el('div', { class: 'composer-buttons' }, quick, send));
    this.composer.addEventListener('submit', (e) => {
      e.preventDefault();
      void this.sendText();
    });
    this.input.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
        e.preventDefault();
        void this.sendText();
      }
    });
    this.input.addEventListener('input', () => this.noteTyping());
    this.subject.addEventListener('keydown', (e) => {
      if (e.key === 'Enter') {
        e.preventDefault();
        void this.saveSubject();
      }
    });
    this.subject.addEventListener('change', () => void this.saveSubject());
    replace(
      this.root,
      el('header', { class: 'chat-header' }, this.title, this.subject, this.actions),
      el(
        'div',
        { class: 'chat-body' },
        el('div', { class: 'conversation' }, this.messages, this.typing, this.proposalNote, this.composer),
        el('aside', { class: 'visitor-aside' }, el('h3', {}, 'Visitor'), this.info),
      ),
    );
  }

  private renderHeader(): void {
    const d = this.detail;
    if (!d) return;
    this.title.textContent = d.visitor.name || 'Anonymous';
    if (document.activeElement !== this.subject) this.subject.value = d.subject ?? '';
    this.subject.disabled = !!this.ended;
    const row = (term: string, value: string | null | undefined) => value && [el('dt', {}, term), el('dd', {}, value)];
    replace(
      this.info,
      ...(row('Name', d.visitor.name) || []),
      ...(row('Email', d.visitor.email) || []),
      ...(row('Language', d.visitor.locale ?? d.language) || []),
      ...(row('Chatbot', d.botName || d.botId) || []),
      ...(row('Team', d.team) || []),
      ...(row('Started', d.startedAt && new Date(d.startedAt).toLocaleString()) || []),
      ...(row('Handed off', d.handoffAt && formatClock(d.handoffAt)) || []),
      ...Object.entries(d.visitor.attributes ?? {}).flatMap(([k, v]) => row(k, v) || []),
    );
    if (this.ended) {
      replace(
        this.actions,
        el('span', { class: 'tag tag-ended' }, `Ended (${this.ended.replace(/-/g, ' ')})`),
        el('button', { attrs: { type: 'button' }, on: { click: () => this.close() } }, 'Close chat'),
      );
      this.composer.hidden = true;
    } else {
      replace(
        this.actions,
        el(
          'button',
          {
            attrs: { type: 'button' },
            on: {
              click: () => openTransferDialog(this.ctx, this.conversationId, (to) => toast(`Chat transferred ${to}.`)),
            },
          },
          'Transfer…',
        ),
        this.endProposed
          ? el(
              'span',
              {
                class: 'tag tag-end-proposed',
                attrs: {
                  title: 'The visitor sees the end message with its button; writing instead keeps the chat going.',
                },
              },
              'End proposed: waiting for the visitor',
            )
          : el(
              'button',
              {
                class: 'propose-end',
                attrs: { type: 'button', title: 'Show the visitor the end message with its button; they decide.' },
                on: { click: () => void this.proposeEnd() },
              },
              'Propose to end',
            ),
        el(
          'button',
          { class: 'primary complete', attrs: { type: 'button' }, on: { click: () => void this.complete() } },
          'Mark as complete',
        ),
      );
      this.composer.hidden = false;
    }
  }

  private renderMessages(): void {
    const atBottom = this.messages.scrollHeight - this.messages.scrollTop - this.messages.clientHeight < 40;
    const shown = this.store.list();
    const items: HTMLElement[] = [];
    let liveStarted = false;
    for (const m of shown) {
      if (m.source !== 'bot' && !liveStarted) {
        liveStarted = true;
        if (shown[0]?.source === 'bot') items.push(el('li', { class: 'divider' }, 'Live chat'));
      }
      items.push(messageItem(m, (cid) => void this.retry(cid)));
    }
    if (items.length === 0) items.push(el('li', { class: 'empty' }, 'No messages yet.'));
    replace(this.messages, ...items);
    if (atBottom || shown.at(-1)?.source === 'local') this.messages.scrollTop = this.messages.scrollHeight;
  }

  private showVisitorTyping(typing: boolean): void {
    window.clearTimeout(this.visitorTypingTimer);
    this.typing.textContent = typing ? `${this.detail?.visitor.name || 'The visitor'} is typing…` : '';
    if (typing)
      this.visitorTypingTimer = window.setTimeout(() => this.showVisitorTyping(false), VISITOR_TYPING_TIMEOUT_MS);
  }

  private async sendText(): Promise<void> {
    const text = this.input.value.trim();
    if (!text || this.ended) return;
    this.input.value = '';
    this.stopTyping();
    const cid = newId();
    this.store.addLocal(cid, text, this.ctx.me.name);
    this.renderMessages();
    await this.deliver(cid, () => this.ctx.sendMessage(this.conversationId, cid, text));
  }

  private async sendQuickReply(reply: QuickReply): Promise<void> {
    if (this.ended) return;
    const cid = newId();
    this.store.addLocal(cid, reply.text, this.ctx.me.name);
    this.renderMessages();
    await this.deliver(cid, () => this.ctx.api.sendQuickReply(this.conversationId, reply.id, cid));
    this.input.focus();
  }

  /** Sends until stored: network failures and 503s are retried with the same client id (the server keeps it once). */
  private async deliver(cid: string, call: () => Promise<LiveMessage>, attempts = 4): Promise<void> {
    this.calls.set(cid, call);
    for (let attempt = 0; attempt < attempts; attempt++) {
      try {
        this.message(await call());
        this.calls.delete(cid);
        return;
      } catch (e) {
        // A 503 is the broker not confirming the message: sent again with the same key, it is shown once.
        if (e instanceof ApiError && e.status !== 503) {
          toast(
            e.status === 409 ? 'This chat has ended; the message was not sent.' : `Not sent: ${e.message}`,
            'error',
          );
          break;
        }
        await new Promise((r) => window.setTimeout(r, 500 * 2 ** attempt));
      }
    }
    this.store.markFailed(cid);
    this.renderMessages();
  }

  private async retry(cid: string): Promise<void> {
    const call = this.calls.get(cid);
    if (!call) return;
    this.store.markSending(cid);
    this.renderMessages();
    await this.deliver(cid, call);
  }

  private noteTyping(): void {
    if (this.ended) return;
    if (!this.amTyping) {
      this.amTyping = true;
      this.ctx.api.typing(this.conversationId, true).catch(() => undefined);
    }
    window.clearTimeout(this.typingIdle);
    this.typingIdle = window.setTimeout(() => this.stopTyping(), TYPING_IDLE_MS);
  }

  private stopTyping(): void {
    window.clearTimeout(this.typingIdle);
    if (!this.amTyping) return;
    this.amTyping = false;
    if (!this.ended) this.ctx.api.typing(this.conversationId, false).catch(() => undefined);
  }

  private async togglePicker(): Promise<void> {
    if (this.picker.isOpen) return this.picker.close();
    try {
      this.picker.open(await this.ctx.quickReplies());
    } catch (e) {
      toast(`Could not load quick replies: ${errorText(e)}`, 'error');
    }
  }

  private async saveSubject(): Promise<void> {
    const subject = this.subject.value.trim();
    if (!this.detail || this.ended || !subject || subject === (this.detail.subject ?? '')) return;
    try {
      await this.ctx.api.subject(this.conversationId, subject);
      this.detail.subject = subject;
      this.ctx.chats.apply({ kind: 'patch', id: this.conversationId, patch: { subject } });
      toast('Subject saved.');
    } catch (e) {
      toast(`Subject not saved: ${errorText(e)}`, 'error');
    }
  }

  private async proposeEnd(): Promise<void> {
    try {
      await this.ctx.api.proposeEnd(this.conversationId);
      this.endProposal(true);
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'end-already-proposed') this.endProposal(true);
      else if (e instanceof ApiError && e.kind === 'chat-ended') this.chatEnded('ended');
      else toast(`Could not propose to end the chat: ${errorText(e)}`, 'error');
    }
  }

  private async complete(): Promise<void> {
    if (
      !(await confirmDialog('Mark this chat as complete? The visitor is told the chat has ended.', 'Mark as complete'))
    )
      return;
    try {
      const state = await this.ctx.api.complete(this.conversationId);
      this.chatEnded('completed');
      this.ctx.chats.apply({
        kind: 'patch',
        id: this.conversationId,
        patch: { endReason: (state as { endReason?: string }).endReason ?? 'completed' },
      });
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'chat-ended') this.chatEnded('ended');
      else toast(`Could not complete the chat: ${errorText(e)}`, 'error');
    }
  }

  private close(): void {
    this.ctx.chats.apply({ kind: 'remove', id: this.conversationId });
    this.ctx.navigate('#chats');
  }
}
