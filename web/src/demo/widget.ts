// The visitor's chat box on the demo pages: the conversation, a status line, suggestions, the input, and at
// the end the end message's button and a rating. All text is set as text.
import { el, messageText, replace } from '../shared/dom';
import { formatClock } from '../shared/time';
import type { Line } from './transcript';

export class ChatWidget {
  private readonly title = el('h2', { class: 'chat-title' }, 'Acme assistant');
  private readonly endChat = el(
    'button',
    { class: 'link end-chat', attrs: { type: 'button' }, on: { click: () => this.onEnd?.() } },
    'End chat',
  );
  private readonly log = el('ol', { class: 'chat-log', attrs: { 'aria-live': 'polite' } });
  private readonly status = el('p', { class: 'chat-status', attrs: { role: 'status' } });
  private readonly typing = el('p', { class: 'chat-typing', attrs: { 'aria-live': 'polite' } });
  private readonly suggestions = el('div', { class: 'chat-suggestions' });
  private readonly input = el('input', { attrs: { 'aria-label': 'Message', autocomplete: 'off', maxlength: '4000' } });
  private readonly form = el(
    'form',
    { class: 'chat-form' },
    this.input,
    el('button', { class: 'primary', attrs: { type: 'submit' } }, 'Send'),
  );
  private readonly footer = el('div', { class: 'chat-footer' });
  private onEnd: (() => void) | null = null;

  constructor(root: HTMLElement, onSend: (text: string) => void, onTyping: () => void) {
    this.status.hidden = true;
    this.footer.hidden = true;
    this.endChat.hidden = true;
    root.append(
      el('header', { class: 'chat-head' }, this.title, this.endChat),
      this.log,
      this.typing,
      this.status,
      this.suggestions,
      this.form,
      this.footer,
    );
    this.form.addEventListener('submit', (e) => {
      e.preventDefault();
      const text = this.input.value.trim();
      if (!text) return;
      this.input.value = '';
      onSend(text);
    });
    this.input.addEventListener('input', onTyping);
  }

  /** Shows "End chat" while a live chat runs. */
  offerEnd(onEnd: (() => void) | null): void {
    this.onEnd = onEnd;
    this.endChat.hidden = onEnd === null;
  }

  setTitle(text: string): void {
    this.title.textContent = text;
  }

  render(lines: readonly Line[]): void {
    replace(
      this.log,
      ...lines.map((l) =>
        el(
          'li',
          { class: `line line-${l.author}${l.state ? ` line-${l.state}` : ''}` },
          l.author !== 'system' &&
            el(
              'span',
              { class: 'who' },
              l.name || (l.author === 'visitor' ? 'You' : l.author === 'bot' ? 'Assistant' : 'Agent'),
              l.time ? ` · ${formatClock(l.time)}` : '',
            ),
          el(
            'span',
            { class: 'text' },
            messageText(l.author === 'agent' && l.translation ? l.translation.text : l.text),
          ),
          l.state === 'sending' && el('span', { class: 'state' }, 'sending…'),
          l.state === 'failed' && el('span', { class: 'state' }, 'not sent'),
        ),
      ),
    );
    this.log.scrollTop = this.log.scrollHeight;
  }

  setStatus(text: string | null): void {
    this.status.textContent = text ?? '';
    this.status.hidden = !text;
  }

  setTyping(text: string | null): void {
    this.typing.textContent = text ?? '';
  }

  setSuggestions(options: string[], pick: (option: string) => void): void {
    replace(
      this.suggestions,
      ...options.map((o) =>
        el('button', { class: 'suggestion', attrs: { type: 'button' }, on: { click: () => pick(o) } }, o),
      ),
    );
  }

  enableInput(enabled: boolean, placeholder = 'Type your message'): void {
    this.input.disabled = !enabled;
    this.input.placeholder = placeholder;
    this.form.hidden = !enabled;
    if (enabled) this.input.focus();
  }

  /** The end of a live chat: the bot's button, and (when given) the 1-5 rating. */
  showEnd(
    buttonLabel: string | null,
    back: () => void,
    rate?: (score: number, comment: string) => Promise<string>,
  ): void {
    const parts: HTMLElement[] = [];
    if (rate) {
      const comment = el('input', {
        attrs: { placeholder: 'Anything to add? (optional)', maxlength: '1000', 'aria-label': 'Comment' },
      });
      const result = el('p', { class: 'rating-result', attrs: { role: 'status' } });
      const stars = [1, 2, 3, 4, 5].map((score) =>
        el(
          'button',
          {
            class: 'star',
            attrs: { type: 'button', 'aria-label': `${score} of 5`, title: `${score} of 5` },
            data: { score: String(score) },
            on: {
              click: async () => {
                stars.forEach((s) => (s.disabled = true));
                stars.forEach((s, i) => s.classList.toggle('chosen', i < score));
                result.textContent = await rate(score, comment.value.trim());
                comment.disabled = true;
              },
            },
          },
          '★',
        ),
      );
      parts.push(
        el(
          'div',
          { class: 'rating' },
          el('p', {}, 'How did we do?'),
          el('div', { class: 'stars' }, ...stars),
          comment,
          result,
        ),
      );
    }
    parts.push(
      el(
        'button',
        { class: 'primary end-button', attrs: { type: 'button' }, on: { click: back } },
        buttonLabel || 'Back to the bot',
      ),
    );
    replace(this.footer, ...parts);
    this.footer.hidden = false;
  }

  /** The agent proposes to end: the end button under the end message; writing instead keeps the chat going. */
  showEndProposal(buttonLabel: string | null, confirm: () => void): void {
    replace(
      this.footer,
      el('p', { class: 'end-proposal-hint' }, 'Done? Or just keep writing if you need more help.'),
      el(
        'button',
        { class: 'primary end-button confirm-end', attrs: { type: 'button' }, on: { click: confirm } },
        buttonLabel || 'End chat',
      ),
    );
    this.footer.hidden = false;
  }

  /**
   * Nobody is accepting: a small form to leave a message instead of waiting. `submit` answers null when the
   * message was taken, else what to tell the visitor; the form stays (the visitor may still be taken meanwhile).
   */
  showLeaveMessage(
    name: string,
    submit: (name: string, email: string, message: string) => Promise<string | null>,
  ): void {
    const nameInput = el('input', {
      class: 'leave-name',
      attrs: { 'aria-label': 'Your name', placeholder: 'Your name', maxlength: '200', autocomplete: 'name' },
    });
    nameInput.value = name;
    const email = el('input', {
      class: 'leave-email',
      attrs: {
        'aria-label': 'Your e-mail',
        placeholder: 'you@example.com',
        type: 'email',
        required: 'true',
        maxlength: '320',
        autocomplete: 'email',
      },
    });
    const message = el('textarea', {
      class: 'leave-text',
      attrs: {
        'aria-label': 'Your message',
        placeholder: 'What can we help with?',
        required: 'true',
        maxlength: '4000',
        rows: '3',
      },
    });
    const result = el('p', { class: 'leave-result', attrs: { role: 'status' } });
    const button = el('button', { class: 'primary leave-send', attrs: { type: 'submit' } }, 'Leave message');
    const form = el(
      'form',
      { class: 'leave-message' },
      el('p', { class: 'leave-hint' }, 'Nobody can answer right now. Leave a message and we will reply by e-mail.'),
      nameInput,
      email,
      message,
      button,
      result,
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      button.disabled = true;
      result.textContent = 'Sending…';
      void submit(nameInput.value.trim(), email.value.trim(), message.value).then((problem) => {
        result.textContent = problem ?? '';
        button.disabled = problem === null;
      });
    });
    replace(this.footer, form);
    this.footer.hidden = false;
  }

  hideEnd(): void {
    replace(this.footer);
    this.footer.hidden = true;
  }
}
