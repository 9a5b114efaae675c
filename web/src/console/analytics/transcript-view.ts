// One conversation in full for analysts: figures, visitor, bot history, every message with its translation, the
// steps (queued, assigned, transfers, end) and the rating; downloadable as JSON or CSV.
import { el, messageText, replace } from '../../shared/dom';
import { errorText } from '../notices';
import type { Transcript } from './analytics-api';
import type { AnalyticsCtx } from './context';
import { duration, moment, outcome } from './format';

export class TranscriptView {
  readonly root = el('section', { class: 'analytics-page transcript', attrs: { 'aria-label': 'Transcript' } });

  constructor(
    private readonly ctx: AnalyticsCtx,
    private readonly id: string,
  ) {
    this.root.append(el('h2', {}, 'Transcript'), el('p', { class: 'empty' }, 'Loading…'));
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.render(await this.ctx.analytics.transcript(this.id));
    } catch (e) {
      replace(
        this.root,
        el('h2', {}, 'Transcript'),
        el('p', { class: 'error', attrs: { role: 'alert' } }, errorText(e)),
      );
    }
  }

  private render(t: Transcript): void {
    const c = t.conversation;
    const path = `/api/v1/analytics/conversations/${encodeURIComponent(this.id)}`;
    const download = (accept: string, name: string, label: string) =>
      el(
        'button',
        {
          class: 'link',
          attrs: { type: 'button' },
          on: { click: () => void this.ctx.analytics.download(path, accept, name).catch(() => undefined) },
        },
        label,
      );
    const facts: [string, string][] = [
      ['Started', moment(c.startedAt)],
      ['Bot', c.botId ?? '–'],
      ['Channel', c.channel ?? '–'],
      ['Language', c.language ?? '–'],
      ['Agent', c.agentName ?? c.agentId ?? '–'],
      ['Visitor', c.erased ? '(erased)' : (t.visitor?.name ?? '–')],
      ['Outcome', outcome(c.outcome)],
      ['Wait to accept', duration(c.waitSeconds)],
      ['First response', duration(c.firstResponseSeconds)],
      ['Resolution', duration(c.resolutionSeconds)],
      ['Transfers', String(c.transfers)],
      ['Rating', t.rating ? `${t.rating.score}/5${t.rating.comment ? ` “${t.rating.comment}”` : ''}` : '–'],
    ];
    replace(
      this.root,
      el('h2', {}, 'Transcript'),
      el(
        'p',
        {},
        el('a', { attrs: { href: '#analytics/conversations' } }, '← Conversations'),
        ' ',
        download('application/json', `${this.id}.json`, 'Download JSON'),
        ' ',
        download('text/csv', `${this.id}.csv`, 'Download CSV'),
      ),
      el(
        'dl',
        { class: 'facts' },
        ...facts.flatMap(([name, value]) => [el('dt', {}, name), el('dd', { data: { fact: name } }, value)]),
      ),
      t.reason && el('p', {}, `Handed off because: ${t.reason}`),
      el('h3', {}, 'Bot history'),
      el(
        'ol',
        { class: 'lines', data: { part: 'bot' } },
        ...t.botHistory.map((b) =>
          el(
            'li',
            { data: { sender: b.sender } },
            el('span', { class: 'at' }, moment(b.at)),
            ' ',
            el('b', {}, b.sender),
            ': ',
            messageText(b.text),
          ),
        ),
      ),
      el('h3', {}, 'Live chat'),
      el(
        'ol',
        { class: 'lines', data: { part: 'live' } },
        ...t.messages.map((m) =>
          el(
            'li',
            { data: { sender: m.sender } },
            el('span', { class: 'at' }, moment(m.at)),
            ' ',
            el('b', {}, m.senderName ?? m.sender),
            ': ',
            messageText(m.text),
            m.translation &&
              el('div', { class: 'translation' }, `${m.translation.language}: `, messageText(m.translation.text)),
          ),
        ),
      ),
      el('h3', {}, 'Steps'),
      el(
        'ol',
        { class: 'lines', data: { part: 'steps' } },
        ...t.steps.map((s) =>
          el(
            'li',
            {},
            el('span', { class: 'at' }, moment(s.at)),
            ' ',
            s.kind,
            s.agentName || s.agentId ? ` ${s.agentName ?? s.agentId}` : '',
            s.toAgentId ? ` → ${s.toAgentId}` : '',
            s.team ? ` (${s.team})` : '',
            s.detail ? `: ${s.detail}` : '',
          ),
        ),
      ),
    );
  }
}
