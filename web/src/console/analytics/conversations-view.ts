// The conversations behind the figures: a period (or a dashboard bar's bucket), filters, a text search, pages of
// 50 with a cursor; each opens its transcript. The same query downloads as CSV.
import { el, replace } from '../../shared/dom';
import { errorText } from '../notices';
import { type ConversationItem, type Query, queryString } from './analytics-api';
import type { AnalyticsCtx } from './context';
import { count, duration, moment, outcome } from './format';
import { choiceParams, parseChoice, periodQuery } from './period';
import { periodControls } from './period-controls';

/** The filters the list takes from the address, beside the period. */
export const FILTERS = ['bot', 'team', 'agent', 'channel', 'language', 'rating', 'outcome', 'q'] as const;

/** The API's query for the list: the period and every filter set in the address. */
export function conversationsQuery(params: URLSearchParams, now: Date): Query {
  const choice = parseChoice(params);
  const { from, to, zone } = periodQuery(choice, now);
  const query: Query = { from, to, zone };
  for (const name of FILTERS) query[name] = params.get(name);
  return query;
}

export class ConversationsView {
  readonly root = el('section', { class: 'analytics-page', attrs: { 'aria-label': 'Conversations' } });
  private readonly table = el('tbody');
  private readonly more = el('button', { attrs: { type: 'button' } }, 'More');
  private next: string | null = null;

  constructor(
    private readonly ctx: AnalyticsCtx,
    private readonly params: URLSearchParams,
  ) {
    const query = conversationsQuery(params, new Date());
    const search = el('input', {
      attrs: {
        type: 'search',
        name: 'q',
        'aria-label': 'Words',
        placeholder: 'words in the chat',
        value: params.get('q') ?? undefined,
      },
    });
    const rating = el(
      'select',
      { attrs: { name: 'rating', 'aria-label': 'Rating' } },
      el('option', { attrs: { value: '' } }, 'Any rating'),
      ...[1, 2, 3, 4, 5].map((r) =>
        el('option', { attrs: { value: String(r), selected: params.get('rating') === String(r) } }, `${r}`),
      ),
    );
    const form = el(
      'form',
      { class: 'inline-form' },
      search,
      rating,
      el('button', { attrs: { type: 'submit' } }, 'Search'),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const next = new URLSearchParams(this.params);
      next.set('q', search.value.trim());
      next.set('rating', rating.value);
      this.go(next);
    });
    const filters = FILTERS.filter((f) => f !== 'q' && f !== 'rating' && params.get(f)).map((f) =>
      el('span', { class: 'chip', data: { filter: f } }, `${f}: ${params.get(f)}`),
    );
    this.more.hidden = true;
    this.more.addEventListener('click', () => void this.page({ ...query, cursor: this.next }));
    this.root.append(
      el('h2', {}, 'Conversations'),
      el('p', {}, el('a', { attrs: { href: `#analytics?${choiceParams(parseChoice(params))}` } }, '← Dashboard')),
      periodControls(parseChoice(params), false, (choice) => {
        const next = choiceParams(choice);
        for (const f of FILTERS) if (params.get(f)) next.set(f, params.get(f) as string);
        this.go(next);
      }),
      form,
      el('div', { class: 'chips' }, ...filters),
      el(
        'p',
        {},
        el(
          'button',
          {
            class: 'link',
            attrs: { type: 'button' },
            on: {
              click: () =>
                void this.ctx.analytics
                  .download(`/api/v1/analytics/conversations${queryString(query)}`, 'text/csv', 'conversations.csv')
                  .catch(() => undefined),
            },
          },
          'Download CSV',
        ),
      ),
      el(
        'table',
        { class: 'data-table', data: { table: 'conversations' } },
        el(
          'thead',
          {},
          el(
            'tr',
            {},
            ...['Started', 'Bot', 'Agent', 'Visitor', 'Outcome', 'Wait', 'First response', 'Messages', 'Rating'].map(
              (h) => el('th', {}, h),
            ),
          ),
        ),
        this.table,
      ),
      this.more,
    );
    void this.page(query);
  }

  private go(params: URLSearchParams): void {
    for (const [name, value] of [...params]) if (!value) params.delete(name);
    this.ctx.navigate(`#analytics/conversations?${params}`);
  }

  private async page(query: Query): Promise<void> {
    try {
      const page = await this.ctx.analytics.conversations({ ...query, limit: 50 });
      this.table.append(...page.items.map((c) => this.row(c)));
      if (this.table.childElementCount === 0)
        replace(this.table, el('tr', {}, el('td', { class: 'empty', attrs: { colspan: '9' } }, 'No conversations.')));
      this.next = page.next;
      this.more.hidden = page.next === null;
    } catch (e) {
      this.root.append(el('p', { class: 'error', attrs: { role: 'alert' } }, errorText(e)));
    }
  }

  private row(c: ConversationItem): HTMLElement {
    return el(
      'tr',
      { data: { conversation: c.conversationId } },
      el(
        'td',
        {},
        el(
          'a',
          { attrs: { href: `#analytics/conversation/${encodeURIComponent(c.conversationId)}` } },
          moment(c.startedAt, parseChoice(this.params).zone),
        ),
      ),
      el('td', {}, c.botId ?? '–'),
      el('td', {}, c.agentName ?? c.agentId ?? '–'),
      el('td', {}, c.erased ? '(erased)' : (c.visitorName ?? '–')),
      el('td', {}, outcome(c.outcome)),
      el('td', {}, duration(c.waitSeconds)),
      el('td', {}, duration(c.firstResponseSeconds)),
      el('td', {}, count(c.messages)),
      el('td', {}, c.rating === null ? '–' : `${c.rating}/5`),
    );
  }
}
