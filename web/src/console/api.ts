// REST calls of the console, through the gateway origin, with the agent's bearer token; what each answers is typed
// from the services' OpenAPI documents (types.ts).
import type { OidcSession } from './auth/oidc';
import type {
  AgentSettings,
  Capacity,
  ChatDetail,
  ChatState,
  Claimed,
  EndProposal,
  ChatSummary,
  LiveMessage,
  LoggedNotification,
  MailableAgent,
  NotificationPreferences,
  NotificationPreferencesChange,
  NotificationSettings,
  OfflineMessage,
  OfflineMessagePage,
  PendingItem,
  QueueEntry,
  QuickReply,
  ReadState,
  Recipients,
  SessionTicket,
  SubjectState,
  SupervisionOverview,
  TeamMembers,
  Transferred,
} from './types';

/** A refused call: the problem+json body (RFC 9457) the services answer with. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Record<string, unknown>,
  ) {
    super(String(problem.detail ?? problem.title ?? `HTTP ${status}`));
  }

  get kind(): string {
    return String(this.problem.type ?? '').replace('urn:handoff:problem:', '');
  }

  /** Field errors of a 400 validation problem, as "field: message" lines. */
  get fieldErrors(): string[] {
    const errors = this.problem.errors;
    if (!Array.isArray(errors)) return [];
    return errors.map((e: Record<string, unknown>) => `${e.field ?? e.name ?? ''}: ${e.message ?? e.detail ?? ''}`);
  }
}

export class Api {
  constructor(private readonly session: OidcSession) {}

  async call<T>(method: string, path: string, body?: unknown, retried = false): Promise<T> {
    const headers: Record<string, string> = {
      Authorization: `Bearer ${await this.session.accessToken()}`,
      Accept: 'application/json',
    };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (response.status === 401 && !retried) {
      await this.session.refresh();
      return this.call(method, path, body, true);
    }
    const text = await response.text();
    const json = text ? (JSON.parse(text) as unknown) : undefined;
    if (!response.ok)
      throw new ApiError(response.status, (json as Record<string, unknown>) ?? { title: response.statusText });
    return json as T;
  }

  pending = () => this.call<PendingItem[]>('GET', '/api/v1/agent/handoffs/pending');
  chats = () => this.call<ChatSummary[]>('GET', '/api/v1/agent/chats');
  chat = (id: string) => this.call<ChatDetail>('GET', `/api/v1/agent/chats/${enc(id)}`);
  markRead = (id: string, upTo?: number) =>
    this.call<ReadState>('POST', `/api/v1/agent/chats/${enc(id)}/read${upTo ? `?upToSequence=${upTo}` : ''}`);
  send = (id: string, clientMessageId: string, text: string) =>
    this.call<LiveMessage>('POST', `/api/v1/agent/chats/${enc(id)}/messages`, { clientMessageId, text });
  sendQuickReply = (id: string, quickReplyId: string, clientMessageId: string) =>
    this.call<LiveMessage>('POST', `/api/v1/agent/chats/${enc(id)}/quick-replies/${enc(quickReplyId)}`, {
      clientMessageId,
    });
  typing = (id: string, typing: boolean) =>
    this.call<void>('POST', `/api/v1/agent/chats/${enc(id)}/typing`, { typing });
  subject = (id: string, subject: string) =>
    this.call<SubjectState>('PUT', `/api/v1/agent/chats/${enc(id)}/subject`, { subject });
  complete = (id: string) => this.call<ChatState>('POST', `/api/v1/agent/chats/${enc(id)}/complete`);
  proposeEnd = (id: string) => this.call<EndProposal>('POST', `/api/v1/agent/chats/${enc(id)}/end-proposal`);
  acceptOffer = (id: string) => this.call<Claimed>('POST', `/api/v1/queue/${enc(id)}/accept`);
  declineOffer = (id: string) => this.call<void>('POST', `/api/v1/queue/${enc(id)}/decline`);
  claim = (id: string) => this.call<Claimed>('POST', `/api/v1/queue/${enc(id)}/claim`);
  transfer = (id: string, target: { toAgentId: string } | { toQueue: true } | { toTeam: string }) =>
    this.call<Transferred>('POST', `/api/v1/queue/${enc(id)}/transfer`, target);
  takeOver = (id: string) => this.call<Transferred>('POST', `/api/v1/queue/${enc(id)}/take-over`);
  queue = () => this.call<QueueEntry[]>('GET', '/api/v1/queue');
  capacity = () => this.call<Capacity>('GET', '/api/v1/routing/capacity');
  supervision = () => this.call<SupervisionOverview>('GET', '/api/v1/agent/supervision');
  teams = () => this.call<TeamMembers[]>('GET', '/api/v1/agent/supervision/teams');
  watch = (id: string) => this.call<ChatDetail>('POST', `/api/v1/agent/supervision/chats/${enc(id)}/watch`);
  stopWatching = () => this.call<void>('DELETE', '/api/v1/agent/supervision/watch');
  offlineMessages = (status: 'open' | 'handled' | 'all', page: number) =>
    this.call<OfflineMessagePage>('GET', `/api/v1/agent/offline-messages?status=${status}&page=${page}`);
  markOfflineMessageHandled = (id: string) =>
    this.call<OfflineMessage>('POST', `/api/v1/agent/offline-messages/${enc(id)}/handled`);
  quickReplies = () => this.call<QuickReply[]>('GET', '/api/v1/agent/quick-replies');
  settings = () => this.call<AgentSettings>('GET', '/api/v1/agent/settings');
  saveSettings = (preferredLanguage: string | null) =>
    this.call<AgentSettings>('PUT', '/api/v1/agent/settings', { preferredLanguage });
  ticket = () => this.call<SessionTicket>('POST', '/api/v1/agent/session-tickets');
  notificationPreferences = () => this.call<NotificationPreferences>('GET', '/api/v1/notifications/preferences');
  saveNotificationPreferences = (p: NotificationPreferencesChange) =>
    this.call<NotificationPreferences>('PUT', '/api/v1/notifications/preferences', p);
  notificationSettings = () => this.call<NotificationSettings>('GET', '/api/v1/notifications/settings');
  saveNotificationSettings = (s: NotificationSettings) =>
    this.call<NotificationSettings>('PUT', '/api/v1/notifications/settings', s);
  recipients = () => this.call<Recipients>('GET', '/api/v1/notifications/recipients');
  saveRecipients = (emails: string[]) => this.call<Recipients>('PUT', '/api/v1/notifications/recipients', { emails });
  mailableAgents = () => this.call<MailableAgent[]>('GET', '/api/v1/notifications/agents');
  notificationLog = (query: { conversationId?: string; mailStatus?: string }) =>
    this.call<LoggedNotification[]>('GET', `/api/v1/notifications?${new URLSearchParams(query).toString()}`);
}

export const enc = encodeURIComponent;
