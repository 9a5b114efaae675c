// The Analytics tab's pages under #analytics: the dashboard, the conversation list and a transcript. Analysts and
// supervisors see it; an analyst without an agent role gets a console with only this tab (AnalystConsole).
import './analytics.css';
import { byId, el, replace } from '../../shared/dom';
import type { Api } from '../api';
import type { OidcSession } from '../auth/oidc';
import type { Me } from '../context';
import { AnalyticsApi } from './analytics-api';
import type { AnalyticsCtx } from './context';
import { analyticsRoute } from './context';
import { ConversationsView } from './conversations-view';
import { DashboardView } from './dashboard-view';
import { TranscriptView } from './transcript-view';

/** Who may open the dashboard: analytics-service answers analysts and supervisors only. */
export const canSeeAnalytics = (me: Me) => me.roles.includes('analyst') || me.roles.includes('supervisor');

/** Only analysts and supervisors, and no agent work: they land on the dashboard. */
export const analyticsFirst = (me: Me) =>
  canSeeAnalytics(me) && !me.roles.includes('agent') && !me.roles.includes('supervisor');

export class AnalyticsPages {
  private readonly ctx: AnalyticsCtx;
  private current: DashboardView | null = null;

  constructor(api: Api, session: OidcSession, me: Me, navigate: (hash: string) => void) {
    this.ctx = { analytics: new AnalyticsApi(api, session), me, navigate };
  }

  /** The page of a #analytics… address. */
  show(hash: string): HTMLElement {
    this.current?.dispose();
    this.current = null;
    const { page, id, params } = analyticsRoute(hash);
    if (page === 'conversations') return new ConversationsView(this.ctx, params).root;
    if (page === 'conversation' && id) return new TranscriptView(this.ctx, id).root;
    this.current = new DashboardView(this.ctx, params);
    return this.current.root;
  }
}

/** The console of an analyst who is no agent: the Analytics tab alone, no live lists, no presence. */
export class AnalystConsole {
  private readonly pages: AnalyticsPages;

  constructor(
    api: Api,
    session: OidcSession,
    private readonly me: Me,
    private readonly signOut: () => void,
  ) {
    this.pages = new AnalyticsPages(api, session, me, (hash) => {
      if (location.hash === hash) this.route();
      else location.hash = hash;
    });
  }

  start(): void {
    byId('me').replaceWith(
      el(
        'div',
        { class: 'me' },
        el('span', { class: 'who', attrs: { title: this.me.tenant ? `tenant ${this.me.tenant}` : '' } }, this.me.name),
        el('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.signOut() } }, 'Sign out'),
      ),
    );
    replace(
      byId('tabs'),
      el(
        'a',
        { class: 'tab active', attrs: { href: '#analytics', 'aria-current': 'page' }, data: { tab: 'analytics' } },
        'Analytics',
      ),
    );
    document.title = 'Analytics';
    window.addEventListener('hashchange', () => this.route());
    this.route();
  }

  private route(): void {
    if (!location.hash.startsWith('#analytics')) {
      location.replace('#analytics');
      return;
    }
    replace(byId('view'), this.pages.show(location.hash));
  }
}
