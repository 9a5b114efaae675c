// The console: tabs, the live lists fed by the socket and reloaded over REST when needed, alerts.
import { byId, el, replace } from '../shared/dom';
import { alertIfHidden, unmuteOnFirstGesture } from './alerts';
import { AnalyticsPages, canSeeAnalytics } from './analytics/analytics-page';
import { Api, ApiError } from './api';
import type { OidcSession } from './auth/oidc';
import { displayName, roles } from './auth/oidc-urls';
import { byAssignment, byWaitingOrder, type ChatEntry, type Ctx, isSupervisor, type Me } from './context';
import { browserTabs, IdleAway } from './idle';
import { AgentSocket } from './live/agent-socket';
import { LiveList } from './live/live-list';
import { banner, errorText, toast } from './notices';
import type { LiveMessage, NotificationPreferences, PendingItem, QuickReply, SequencedFrame } from './types';
import { BotSettingsView } from './views/bot-settings-view';
import { ChatsView } from './views/chats-view';
import { MessagesLeftView } from './views/messages-left-view';
import { applyAlertPreferences, MyNotificationsView } from './views/my-notifications-view';
import { NotificationMailView } from './views/notification-mail-view';
import { OfferDialog } from './views/offer-dialog';
import { PendingView } from './views/pending-view';
import { QuickRepliesView } from './views/quick-replies-view';
import { RoutingView } from './views/routing-view';
import { SupervisionView } from './views/supervision-view';
import { TeamsView } from './views/teams-view';
import { Topbar } from './views/topbar';

interface Tab {
  hash: string;
  label: string;
  supervisorOnly?: boolean;
  /** Analysts' and supervisors' (the Analytics tab). */
  analytics?: boolean;
  count?: () => number;
}

export class ConsoleApp {
  private readonly api: Api;
  private readonly ctx: Ctx;
  private readonly socket: AgentSocket;
  private readonly pendingView: PendingView;
  private readonly chatsView: ChatsView;
  private readonly topbar: Topbar;
  private readonly offers: OfferDialog;
  private readonly idle: IdleAway;
  private readonly tabs: Tab[];
  private readonly analytics: AnalyticsPages;
  /** Supervisors' live view, kept across pages so its read-only chat and its data survive a visit elsewhere. */
  private supervision: SupervisionView | null = null;
  private teams: TeamsView | null = null;
  private quickReplyCache: { at: number; replies: Promise<QuickReply[]> } | null = null;
  private loading = false;
  private loadAgain = false;
  /** A chat this tab claimed, to open once agent-service has it (its `assigned` frame). */
  private claimed: string | null = null;

  constructor(private readonly session: OidcSession) {
    this.api = new Api(session);
    const claims = session.claims;
    const me: Me = { id: claims.sub, name: displayName(claims), roles: roles(claims), tenant: claims.tenant ?? null };
    this.ctx = {
      api: this.api,
      me,
      pending: new LiveList<PendingItem>((p) => p.conversationId, byWaitingOrder),
      chats: new LiveList<ChatEntry>((c) => c.conversationId, byAssignment),
      quickReplies: (refresh) => this.quickReplies(refresh),
      sendMessage: (id, cid, text) => this.socket.sendMessage(id, cid, text),
      navigate: (hash) => {
        if (location.hash === hash) this.route();
        else location.hash = hash;
      },
    };
    this.socket = new AgentSocket(this.api, {
      frame: (frame) => this.onFrame(frame),
      resync: () => void this.reload(),
      connection: (state) => {
        banner(state);
        if (state !== 'open') this.topbar.disconnected();
        else this.supervisionChanged(); // hints sent while the socket was down are lost
      },
      supervision: () => this.supervisionChanged(),
      status: (status) => {
        this.topbar.showStatus(status);
        this.idle.statusIs(status);
      },
      problem: (code, detail) => console.warn(`console socket: ${code}: ${detail}`),
    });
    this.pendingView = new PendingView(this.ctx, (item) => this.accept(item));
    this.chatsView = new ChatsView(this.ctx);
    this.idle = new IdleAway({ setStatus: (status) => this.socket.setStatus(status), tabs: browserTabs() });
    this.topbar = new Topbar(
      this.ctx,
      (status) => {
        this.idle.chose(status);
        return this.socket.setStatus(status);
      },
      () => this.signOut(),
    );
    this.offers = new OfferDialog({
      accept: (id) => this.acceptOffer(id),
      decline: async (id) => {
        try {
          await this.api.declineOffer(id);
        } catch (e) {
          toast(`Could not decline: ${errorText(e)}`, 'error');
        }
        return true; // declined, or no longer ours to decline: routing tells the rest
      },
    });
    this.tabs = [
      { hash: '#pending', label: 'Pending requests', count: () => this.ctx.pending.size },
      { hash: '#chats', label: 'Active chats', count: () => this.ctx.chats.list().reduce((n, c) => n + c.unread, 0) },
      { hash: '#messages-left', label: 'Messages left' },
      { hash: '#quick-replies', label: 'Quick replies' },
      { hash: '#my-notifications', label: 'My notifications' },
      { hash: '#supervision', label: 'Supervision', supervisorOnly: true },
      { hash: '#teams', label: 'Teams', supervisorOnly: true },
      { hash: '#bot-settings', label: 'Bot settings', supervisorOnly: true },
      { hash: '#routing', label: 'Routing', supervisorOnly: true },
      { hash: '#notification-mail', label: 'Notification mail', supervisorOnly: true },
      { hash: '#analytics', label: 'Analytics', analytics: true },
    ];
    this.analytics = new AnalyticsPages(this.api, session, me, this.ctx.navigate);
  }

  start(): void {
    byId('me').replaceWith(this.topbar.root);
    if (!this.ctx.me.roles.some((r) => r === 'agent' || r === 'supervisor')) {
      replace(
        byId('view'),
        el(
          'p',
          { class: 'empty' },
          `${this.ctx.me.name} has no agent role: the console is for agents and supervisors.`,
        ),
      );
      return;
    }
    this.ctx.pending.onChange(() => this.renderTabs());
    this.ctx.chats.onChange(() => this.renderTabs());
    window.addEventListener('hashchange', () => this.route());
    document.addEventListener('visibilitychange', () => {
      if (!document.hidden) this.chatsView.openPane?.markRead();
    });
    unmuteOnFirstGesture();
    void this.loadNotificationPreferences();
    this.idle.start();
    this.socket.start();
    this.route();
  }

  private route(): void {
    const hash = location.hash || '#pending';
    const [page, id] = hash.split(/[/?]/);
    const tab = this.tabs.find((t) => t.hash === page && this.visible(t));
    if (!tab) {
      this.ctx.navigate('#pending');
      return;
    }
    if (page !== '#supervision') this.supervision?.leave();
    let view: HTMLElement;
    if (page === '#pending') {
      view = this.pendingView.root;
      this.pendingView.highlight(id ? decodeURIComponent(id) : null);
    } else if (page === '#chats') {
      this.chatsView.open(id ? decodeURIComponent(id) : null);
      view = this.chatsView.root;
    } else if (page === '#quick-replies') view = new QuickRepliesView(this.ctx).root;
    else if (page === '#messages-left') view = new MessagesLeftView(this.ctx).root;
    else if (page === '#my-notifications') view = new MyNotificationsView(this.ctx, (p) => this.usePreferences(p)).root;
    else if (page === '#notification-mail') view = new NotificationMailView(this.ctx).root;
    else if (page === '#analytics') view = this.analytics.show(hash);
    else if (page === '#bot-settings') view = new BotSettingsView(this.ctx).root;
    else if (page === '#supervision') view = this.supervisionView().root;
    else if (page === '#teams') view = this.teamsView().root;
    else view = new RoutingView(this.ctx).root;
    replace(byId('view'), view);
    this.renderTabs();
  }

  private visible(tab: Tab): boolean {
    return (!tab.supervisorOnly || isSupervisor(this.ctx.me)) && (!tab.analytics || canSeeAnalytics(this.ctx.me));
  }

  private renderTabs(): void {
    const current = (location.hash || '#pending').split(/[/?]/)[0];
    const shown = this.tabs.filter((t) => this.visible(t));
    replace(
      byId('tabs'),
      ...shown.map((t) => {
        const count = t.count?.() ?? 0;
        return el(
          'a',
          {
            class: `tab${t.hash === current ? ' active' : ''}`,
            attrs: { href: t.hash, 'aria-current': t.hash === current ? 'page' : undefined },
            data: { tab: t.hash.slice(1) },
          },
          t.label,
          count > 0 && el('span', { class: 'badge' }, count),
        );
      }),
    );
    const waiting = this.ctx.pending.size + this.ctx.chats.list().reduce((n, c) => n + c.unread, 0);
    document.title = `${waiting > 0 ? `(${waiting}) ` : ''}Live chats`;
  }

  private onFrame(frame: SequencedFrame): void {
    const { pending, chats } = this.ctx;
    switch (frame.type) {
      case 'pending.added': {
        const { type: _type, seq: _seq, ...item } = frame;
        const isNew = !pending.has(item.conversationId);
        pending.apply({ kind: 'upsert', item });
        if (isNew)
          alertIfHidden(
            'newRequest',
            'New chat request',
            `${item.visitorName || 'Anonymous'}: ${item.preview ?? ''}`,
            `pending-${item.conversationId}`,
            () => this.ctx.navigate('#pending'),
          );
        return;
      }
      case 'pending.updated': {
        const { type: _type, seq: _seq, ...item } = frame;
        pending.apply({ kind: 'upsert', item });
        return;
      }
      case 'pending.removed':
        pending.apply({ kind: 'remove', id: frame.conversationId });
        this.offers.close(frame.conversationId);
        return;
      case 'offer': {
        const { type: _type, seq: _seq, ...offer } = frame;
        this.offers.show(offer);
        alertIfHidden(
          'newRequest',
          'A chat is offered to you',
          `${offer.visitorName || 'Anonymous'}: ${offer.preview ?? ''}`,
          `offer-${offer.conversationId}`,
          () => this.ctx.navigate('#pending'),
        );
        return;
      }
      case 'offer.ended':
        if (this.offers.openFor === frame.conversationId) {
          this.offers.close(frame.conversationId);
          if (frame.reason !== 'declined')
            toast(
              frame.reason === 'timed-out'
                ? 'The offered chat went to someone else: the time to answer ran out.'
                : 'The offered chat was taken back.',
            );
        }
        return;
      case 'away':
        this.topbar.showStatus('AWAY');
        toast(
          `You were set to away after ${frame.missedInARow} offers went unanswered. Set yourself online when you are back.`,
          'error',
        );
        return;
      case 'assigned':
        void this.reloadChats().then(() => {
          if (this.claimed === frame.conversationId) this.openClaimed();
        });
        return;
      case 'message': {
        this.supervision?.message(frame);
        if (!chats.has(frame.conversationId) && this.supervision?.watching === frame.conversationId) return;
        const pane = this.paneOf(frame.conversationId);
        pane?.message(frame);
        const fromVisitor = frame.sender.toLowerCase() === 'visitor';
        if (!chats.has(frame.conversationId)) {
          // The first message can overtake the reload that follows a claim: alert once the chat is known.
          void this.reloadChats().then(() => {
            const known = chats.get(frame.conversationId);
            if (fromVisitor && known) this.alertVisitorMessage(frame, known.visitorName);
          });
          return;
        }
        const entry = chats.get(frame.conversationId)!;
        const seen = pane !== null && !document.hidden && location.hash.startsWith('#chats/');
        chats.apply({
          kind: 'patch',
          id: frame.conversationId,
          patch: {
            preview: frame.translation?.text ?? frame.text,
            lastMessageAt: frame.time,
            typing: false,
            unread: entry.unread + (fromVisitor && !seen ? 1 : 0),
          },
        });
        if (fromVisitor) this.alertVisitorMessage(frame, entry.visitorName);
        return;
      }
      case 'typing':
        this.paneOf(frame.conversationId)?.visitorTyping(frame.typing);
        chats.apply({ kind: 'patch', id: frame.conversationId, patch: { typing: frame.typing } });
        return;
      case 'chat.ended':
        this.supervision?.ended(frame.conversationId, frame.reason);
        this.paneOf(frame.conversationId)?.chatEnded(frame.reason);
        chats.apply({ kind: 'patch', id: frame.conversationId, patch: { endReason: frame.reason, typing: false } });
        return;
      case 'end.proposed':
        this.paneOf(frame.conversationId)?.endProposal(true);
        return;
      case 'end.withdrawn': {
        const pane = this.paneOf(frame.conversationId);
        pane?.endProposal(false);
        if (!pane)
          toast(
            `${this.ctx.chats.get(frame.conversationId)?.visitorName || 'The visitor'} wrote instead of ending the chat: it goes on.`,
          );
        return;
      }
      case 'chat.removed': {
        const name = chats.get(frame.conversationId)?.visitorName || 'A chat';
        chats.apply({ kind: 'remove', id: frame.conversationId });
        if (this.paneOf(frame.conversationId)) this.ctx.navigate('#chats');
        toast(`${name} is no longer yours (${frame.reason}).`);
        return;
      }
    }
  }

  private supervisionView(): SupervisionView {
    if (!this.supervision) {
      this.supervision = new SupervisionView(this.ctx, (id) => {
        // Routing has said yes; the chat opens when agent-service has it too (the assigned frame), as after an accept.
        this.claimed = id;
        if (this.ctx.chats.has(id)) this.openClaimed();
        else this.ctx.navigate('#chats');
      });
    }
    void this.supervision.refresh();
    return this.supervision;
  }

  private teamsView(): TeamsView {
    this.teams ??= new TeamsView(this.ctx);
    void this.teams.refresh();
    return this.teams;
  }

  /** The hint of supervisors' sockets: the pages that show the overview read it again. */
  private supervisionChanged(): void {
    if (this.supervision) void this.supervision.refresh();
    if (this.teams) void this.teams.refresh();
  }

  private paneOf(conversationId: string) {
    const pane = this.chatsView.openPane;
    return pane?.conversationId === conversationId ? pane : null;
  }

  /** Everything over REST, merged with the frames that arrive meanwhile (LiveList). */
  private async reload(): Promise<void> {
    if (this.loading) {
      this.loadAgain = true;
      return;
    }
    this.loading = true;
    const { pending, chats } = this.ctx;
    pending.beginLoad();
    chats.beginLoad();
    try {
      const [p, c] = await Promise.all([this.api.pending(), this.api.chats()]);
      pending.finishLoad(p);
      chats.finishLoad(c, (entry) => !!entry.endReason);
      void this.chatsView.openPane?.load(); // reads it too
    } catch (e) {
      pending.abortLoad();
      chats.abortLoad();
      toast(`Could not load your chats: ${errorText(e)}. Retrying…`, 'error');
      window.setTimeout(() => void this.reload(), 3000);
    } finally {
      this.loading = false;
      if (this.loadAgain) {
        this.loadAgain = false;
        void this.reload();
      }
    }
  }

  private alertVisitorMessage(frame: LiveMessage, visitorName: string | null | undefined): void {
    alertIfHidden(
      'visitorMessage',
      `Message from ${visitorName || 'Anonymous'}`,
      frame.translation?.text ?? frame.text,
      `chat-${frame.conversationId}`,
      () => this.ctx.navigate(`#chats/${encodeURIComponent(frame.conversationId)}`),
    );
  }

  private async reloadChats(): Promise<void> {
    const { chats } = this.ctx;
    chats.beginLoad();
    try {
      chats.finishLoad(await this.api.chats(), (entry) => !!entry.endReason);
      this.chatsView.openPane?.markRead();
    } catch {
      chats.abortLoad();
    }
  }

  private async accept(item: PendingItem): Promise<void> {
    try {
      await this.api.claim(item.conversationId);
      this.ctx.pending.apply({ kind: 'remove', id: item.conversationId });
      // Routing has said yes; the chat opens when agent-service has it too (the assigned frame), at once if it has.
      this.claimed = item.conversationId;
      if (this.ctx.chats.has(item.conversationId)) this.openClaimed();
      else this.ctx.navigate('#chats');
    } catch (e) {
      const who = item.visitorName || 'Anonymous';
      if (e instanceof ApiError && e.kind === 'already-claimed') {
        this.ctx.pending.apply({ kind: 'remove', id: item.conversationId });
        toast(`${who} was already taken by ${String(e.problem.heldByName ?? 'another agent')}.`);
      } else if (e instanceof ApiError && e.kind === 'at-capacity') {
        toast(`You already hold your limit of ${String(e.problem.maxChats ?? '')} chats. Complete one first.`, 'error');
      } else if (e instanceof ApiError && (e.status === 404 || e.kind === 'no-longer-waiting')) {
        this.ctx.pending.apply({ kind: 'remove', id: item.conversationId });
        toast(`${who} is no longer waiting.`);
      } else {
        toast(`Could not accept: ${errorText(e)}`, 'error');
      }
    }
  }

  /** Accepting an offer is a claim by the offered agent: the chat opens once agent-service has it. */
  private async acceptOffer(id: string): Promise<boolean> {
    try {
      await this.api.acceptOffer(id);
      this.ctx.pending.apply({ kind: 'remove', id });
      this.claimed = id;
      if (this.ctx.chats.has(id)) this.openClaimed();
      else this.ctx.navigate('#chats');
    } catch (e) {
      if (e instanceof ApiError && e.kind === 'at-capacity') {
        toast(`You already hold your limit of ${String(e.problem.maxChats ?? '')} chats. Complete one first.`, 'error');
        return false; // the offer stays open: the agent may still decline it
      }
      toast(
        e instanceof ApiError && e.kind === 'offer-expired'
          ? 'The time to answer ran out.'
          : `Could not accept: ${errorText(e)}`,
        'error',
      );
    }
    return true;
  }

  private openClaimed(): void {
    const id = this.claimed;
    this.claimed = null;
    if (id) this.ctx.navigate(`#chats/${encodeURIComponent(id)}`);
  }

  private quickReplies(refresh = false): Promise<QuickReply[]> {
    if (refresh || !this.quickReplyCache || Date.now() - this.quickReplyCache.at > 60_000) {
      const replies = this.api.quickReplies();
      this.quickReplyCache = { at: Date.now(), replies };
      replies.catch(() => (this.quickReplyCache = null));
    }
    return this.quickReplyCache.replies;
  }

  /**
   * The agent's alert switches and the tenant's idle time. Reading them also tells notification-service where to
   * mail this agent (their token's address), so it is done at every start; without it the console still works.
   */
  private async loadNotificationPreferences(): Promise<void> {
    try {
      this.usePreferences(await this.api.notificationPreferences());
    } catch (e) {
      console.warn(`notification preferences not loaded: ${errorText(e)}`);
    }
  }

  private usePreferences(p: NotificationPreferences): void {
    applyAlertPreferences(p);
    if (p.idleMinutes) this.idle.setIdleMinutes(p.idleMinutes);
  }

  private signOut(): void {
    this.idle.stop();
    this.socket.stop();
    this.session.logout();
  }
}
