// The JSON the console reads. Each answer's shape comes from the OpenAPI document its service serves (docs/api,
// turned into src/generated/api by `npm run api:types`; the build fails when those are stale), so a member a service
// renames or drops, or newly allows to be null, stops the build here. `Narrowed` names the values the console relies on
// where a document gives a plain string.
import type { components as AgentApi } from '../generated/api/agent-service';
import type { components as NotificationApi } from '../generated/api/notification-service';
import type { components as RoutingApi } from '../generated/api/routing-service';

type Agent = AgentApi['schemas'];
type Notification = NotificationApi['schemas'];
type Routing = RoutingApi['schemas'];

/** An answer's members: all present (the services write nulls); which may be null is the document's word. */
export type Answer<T> = { [K in keyof T]-?: Exclude<T[K], undefined> };

/** `T` with the members of `N` narrowed; each must be a member of `T` and fit what `T` says of it. */
export type Narrowed<T, N extends { [K in keyof N]: K extends keyof T ? Fits<T[K]> : never }> = Omit<T, keyof N> & N;

/** What a narrowing may put in place of a document's type: nested answers with all members present. */
type Fits<T> = T extends (infer E)[] ? Fits<E>[] : T extends object ? { [K in keyof T]?: Fits<T[K]> } : T;

export type PendingItem = Answer<Agent['PendingHandoffBody']>;

export type ChatSummary = Answer<Agent['ChatSummaryBody']>;

export type Translation = Answer<Agent['TranslationBody']>;

/** A live message: REST answers, history lines with source "live", and `message` frames. */
export type LiveMessage = Narrowed<
  Answer<Agent['ChatMessageBody']>,
  // Absent on a history line shown as a live message; the REST answers and frames carry it.
  { translation: Translation | null; clientMessageId?: string | null }
>;

export type HistoryLine = Narrowed<
  Answer<Agent['HistoryLineBody']>,
  { source: 'bot' | 'live'; translation: Translation | null }
>;

export type ChatVisitor = Answer<Agent['VisitorBody']>;

export type ChatDetail = Narrowed<
  Answer<Agent['ChatBody']>,
  { status: 'REQUESTED' | 'QUEUED' | 'ASSIGNED' | 'ENDED'; visitor: ChatVisitor; history: HistoryLine[] }
>;

export type QuickReply = Narrowed<Answer<Agent['QuickReplyBody']>, { scope: 'SHARED' | 'PERSONAL' }>;

export type AgentSettings = Answer<Agent['SettingsBody']>;

export type AgentStatus = 'ONLINE' | 'AWAY';

/** One agent's notification choices (notification-service); email, idleMinutes and mailLanguages are read-only. */
export type NotificationPreferences = Answer<Notification['PreferencesBody']>;

/** What an agent changes of their notification choices. */
export type NotificationPreferencesChange = Omit<NotificationPreferences, 'email' | 'idleMinutes' | 'mailLanguages'>;

/** A tenant's notification settings, thresholds in minutes. */
export type NotificationSettings = Narrowed<
  Answer<Notification['SettingsBody']>,
  { bots: Answer<Notification['BotThreshold']>[] }
>;

export type NotificationMail = Narrowed<
  Answer<Notification['MailBody']>,
  { status: 'PENDING' | 'SENT' | 'FAILED' | 'ABANDONED' }
>;

/** One entry of the notification log. */
export type LoggedNotification = Narrowed<
  Answer<Notification['NotificationLogBody']>,
  {
    kind: 'NEW_REQUEST' | 'STILL_WAITING' | 'ESCALATION' | 'VISITOR_MESSAGE';
    status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED' | 'NO_RECIPIENTS';
    mails: NotificationMail[];
  }
>;

/** An agent as notification-service knows them. */
export type MailableAgent = Answer<Notification['AgentBody']>;

/** An agent as the supervisors' overview lists them (agent-service). */
export type SupervisedAgent = Narrowed<Answer<Agent['AgentBody']>, { status: 'ONLINE' | 'AWAY' | 'OFFLINE' }>;

/** A chat an agent holds now (agent-service's overview). */
export type SupervisedChat = Answer<Agent['ActiveChatBody']>;

export type SupervisionOverview = Narrowed<
  Answer<Agent['OverviewBody']>,
  { agents: SupervisedAgent[]; chats: SupervisedChat[] }
>;

/** A message a waiting visitor left when nobody was accepting; `id` is its conversation's. */
export type OfflineMessage = Answer<Agent['OfflineMessageBody']>;

export type OfflineMessagePage = Narrowed<Answer<Agent['PageBody']>, { items: OfflineMessage[] }>;

/** A team and its members; `team` null: the agents who serve every team. */
export type TeamMembers = Narrowed<Answer<Agent['TeamBody']>, { members: SupervisedAgent[] }>;

/** One waiting conversation as routing's queue view lists it. */
export type QueueEntry = Answer<Routing['QueueItemBody']>;

/** Routing's limits: the tenant default and each agent's own (null: the default). */
export type Capacity = Narrowed<Answer<Routing['CapacityBody']>, { agents: Answer<Routing['AgentBody']>[] }>;

/** A tenant's routing: strategy, offers, what happens to an unavailable agent's chats, overflow, leave-a-message. */
export type RoutingSettings = Narrowed<Answer<Routing['SettingsBody']>, { onAgentUnavailable: 'KEEP' | 'REQUEUE' }>;

/** A team's own routing (null: the tenant's) and what is in effect for it. */
export type TeamRoutingSettings = Answer<Routing['TeamSettingsBody']>;

export type ReadState = Answer<Agent['ReadStateBody']>;
export type SubjectState = Answer<Agent['SubjectStateBody']>;
export type ChatState = Answer<Agent['ChatStateBody']>;
export type EndProposal = Answer<Agent['EndProposalBody']>;
export type SessionTicket = Answer<Agent['TicketBody']>;
/** A claim or an accepted offer; `alreadyHeld`: the caller held it before. */
export type Claimed = Answer<Routing['ClaimedBody']>;
export type Transferred = Answer<Routing['TransferredBody']>;
export type Recipients = Answer<Notification['RecipientsBody']>;

/** Frames of /ws/agent (agent-service README, "The console socket"). */
export type ServerFrame =
  | { type: 'welcome'; agentId: string; status: AgentStatus; lastSeq: number }
  | ({ type: 'pending.added'; seq: number } & PendingItem)
  | { type: 'pending.removed'; seq: number; conversationId: string; reason: 'claimed' | 'ended'; by?: string }
  | ({ type: 'pending.updated'; seq: number } & PendingItem)
  | ({ type: 'offer'; seq: number; conversationId: string; expiresAt: string } & Partial<PendingItem>)
  | { type: 'offer.ended'; seq: number; conversationId: string; reason: 'declined' | 'timed-out' | 'withdrawn' }
  | { type: 'away'; seq: number; conversationId: string; status: 'AWAY'; reason: string; missedInARow: number }
  | { type: 'assigned'; seq: number; conversationId: string }
  | ({ type: 'message'; seq: number } & LiveMessage)
  | { type: 'typing'; seq: number; conversationId: string; typing: boolean }
  | { type: 'chat.ended'; seq: number; conversationId: string; reason: string }
  | { type: 'end.proposed'; seq: number; conversationId: string }
  | { type: 'end.withdrawn'; seq: number; conversationId: string }
  | { type: 'chat.removed'; seq: number; conversationId: string; reason: string }
  | { type: 'supervision.changed' }
  | { type: 'pong' }
  | { type: 'status'; status: AgentStatus }
  | ({ type: 'sent'; created: boolean } & LiveMessage)
  | { type: 'error'; code: string; detail: string; clientMessageId?: string };

export type SequencedFrame = Extract<ServerFrame, { seq: number }>;
