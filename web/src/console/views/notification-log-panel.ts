// Supervisors: the mails that failed or were given up on, and every notification of one conversation.
import { el, replace } from '../../shared/dom';
import { formatOpening } from '../../shared/time';
import type { Ctx } from '../context';
import { errorText } from '../notices';
import type { LoggedNotification } from '../types';
import { field, input } from './forms';

const KIND_NAMES: Record<LoggedNotification['kind'], string> = {
  NEW_REQUEST: 'New request',
  STILL_WAITING: 'Still waiting',
  ESCALATION: 'Escalation',
  VISITOR_MESSAGE: 'Visitor wrote',
};

export class NotificationLogPanel {
  readonly root = el('div', { class: 'notification-log' });
  private readonly failedBox = el('div');
  private readonly lookupBox = el('div');

  constructor(private readonly ctx: Ctx) {
    const conversation = input('', { placeholder: 'conversation id', 'aria-label': 'Conversation' });
    const lookup = el(
      'form',
      { class: 'inline-form' },
      field('Conversation', conversation),
      el('button', { attrs: { type: 'submit' } }, 'Show its mails'),
    );
    lookup.addEventListener('submit', (e) => {
      e.preventDefault();
      if (conversation.value.trim())
        void this.show(
          this.lookupBox,
          { conversationId: conversation.value.trim() },
          'No mail about this conversation.',
        );
    });
    this.root.append(
      el('h3', {}, 'Failed and abandoned mails'),
      this.failedBox,
      el('h3', {}, 'Mails about a conversation'),
      lookup,
      this.lookupBox,
    );
    void this.show(this.failedBox, { mailStatus: 'FAILED,ABANDONED' }, 'No mail failed.');
  }

  private async show(
    box: HTMLElement,
    query: { conversationId?: string; mailStatus?: string },
    empty: string,
  ): Promise<void> {
    try {
      const entries = await this.ctx.api.notificationLog(query);
      replace(box, entries.length === 0 ? el('p', { class: 'empty' }, empty) : table(entries, query.mailStatus));
    } catch (e) {
      replace(box, el('p', { class: 'form-error' }, `Could not load the mails: ${errorText(e)}`));
    }
  }
}

function table(entries: LoggedNotification[], onlyStatuses?: string): HTMLTableElement {
  const rows: HTMLTableRowElement[] = [];
  for (const n of entries) {
    const mails = n.mails.filter((m) => !onlyStatuses || onlyStatuses.split(',').includes(m.status));
    if (mails.length === 0) {
      rows.push(
        el(
          'tr',
          {},
          el('td', {}, formatOpening(n.dueAt)),
          el('td', {}, KIND_NAMES[n.kind]),
          el('td', { class: 'mono' }, n.conversationId),
          el('td', {}, '—'),
          el('td', {}, n.status.toLowerCase().replace('_', ' ')),
          el('td', {}, n.note ?? ''),
        ),
      );
    }
    for (const m of mails) {
      rows.push(
        el(
          'tr',
          { data: { status: m.status } },
          el('td', {}, formatOpening(m.sentAt ?? n.decidedAt ?? n.dueAt)),
          el('td', {}, KIND_NAMES[n.kind]),
          el('td', { class: 'mono' }, n.conversationId),
          el('td', {}, m.email),
          el('td', {}, `${m.status.toLowerCase()}${m.attempts > 1 ? ` after ${m.attempts} attempts` : ''}`),
          el('td', {}, m.lastError ?? (m.nextAttemptAt ? `next try ${formatOpening(m.nextAttemptAt)}` : '')),
        ),
      );
    }
  }
  return el(
    'table',
    { class: 'log-table' },
    el(
      'thead',
      {},
      el(
        'tr',
        {},
        el('th', {}, 'When'),
        el('th', {}, 'Kind'),
        el('th', {}, 'Conversation'),
        el('th', {}, 'To'),
        el('th', {}, 'Status'),
        el('th', {}, 'Details'),
      ),
    ),
    el('tbody', {}, ...rows),
  );
}
