// One message of a chat, as text (never markup): who, when, the words, and a translation when there is one.
import { el, messageText } from '../../shared/dom';
import { formatClock } from '../../shared/time';
import type { ShownMessage } from '../live/message-store';

const AUTHOR_LABEL = { visitor: 'Visitor', agent: 'Agent', bot: 'Bot', system: 'System' } as const;

export function messageItem(m: ShownMessage, onRetry: (clientMessageId: string) => void): HTMLLIElement {
  const visitorTranslated = m.author === 'visitor' && m.translation;
  const main = visitorTranslated ? m.translation!.text : m.text;
  return el(
    'li',
    { class: `msg msg-${m.author} msg-${m.source}${m.state ? ` msg-${m.state}` : ''}`, data: { key: m.key } },
    el('div', { class: 'meta' }, m.senderName || AUTHOR_LABEL[m.author], m.time ? ` · ${formatClock(m.time)}` : ''),
    el('div', { class: 'text' }, messageText(main)),
    visitorTranslated && el('div', { class: 'translation' }, `Original: ${m.text}`),
    m.author === 'agent' &&
      m.translation &&
      el('div', { class: 'translation' }, `Sent as (${m.translation.language}): ${m.translation.text}`),
    m.state === 'sending' && el('div', { class: 'state' }, 'Sending…'),
    m.state === 'failed' &&
      el(
        'div',
        { class: 'state' },
        'Not sent. ',
        el(
          'button',
          { class: 'link', attrs: { type: 'button' }, on: { click: () => onRetry(m.clientMessageId!) } },
          'Retry',
        ),
      ),
  );
}
