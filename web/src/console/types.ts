// The JSON the console reads, as agent-service and routing-service document it in their READMEs.

export interface PendingItem {
  conversationId: string;
  visitorName: string;
  botId: string;
  waitingSince: string;
  preview: string | null;
  priority: number;
  team: string | null;
  /** The bot's display name, else its id (older servers send none). */
  botName?: string | null;
  botAvatarUrl?: string | null;
  /** Messages the visitor wrote while waiting (older servers send none). */
  waitingMessages?: number;
}

export interface ChatSummary {
  conversationId: string;
  visitorName: string;
  botId: string | null;
  since: string | null;
  preview: string | null;
  lastMessageAt: string | null;
  unread: number;
  subject: string | null;
  botName?: string | null;
}

export interface Translation {
  language: string;
  text: string;
}

/** A live message: REST answers, history lines with source "live", and `message` frames. */
export interface LiveMessage {
  conversationId: string;
  messageId: string;
  sequence: number;
  sender: string;
  senderName: string | null;
  text: string;
  language: string | null;
  translation: Translation | null;
  time: string | null;
  clientMessageId?: string | null;
}

export interface HistoryLine {
  source: 'bot' | 'live';
  sequence: number | null;
  messageId: string | null;
  sender: string;
  senderName: string | null;
  text: string;
  language: string | null;
  translation: Translation | null;
  time: string | null;
}

export interface ChatDetail {
  conversationId: string;
  status: 'REQUESTED' | 'QUEUED' | 'ASSIGNED' | 'ENDED';
  endReason: string | null;
  endedAt: string | null;
  assignee: string | null;
  subject: string | null;
  botId: string | null;
  botName?: string | null;
  botAvatarUrl?: string | null;
  language: string | null;
  team: string | null;
  visitor: { name: string; email: string | null; locale: string | null; attributes: Record<string, string> | null };
  startedAt: string | null;
  handoffAt: string | null;
  history: HistoryLine[];
  lastSequence: number;
  readUpTo: number;
  unread: number;
  /** While the agent's proposal to end waits for the visitor's click. */
  endProposedAt?: string | null;
}

export interface QuickReply {
  id: string;
  shortcut: string;
  text: string;
  scope: 'SHARED' | 'PERSONAL';
  ownerId: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AgentSettings {
  preferredLanguage: string | null;
  translationAvailable: boolean;
  updatedAt: string | null;
}

export type AgentStatus = 'ONLINE' | 'AWAY';

/** One agent's notification choices (notification-service); the last three members are read-only. */
export interface NotificationPreferences {
  emailNewRequest: boolean;
  emailStillWaiting: boolean;
  emailVisitorMessage: boolean;
  desktopNewRequest: boolean;
  desktopVisitorMessage: boolean;
  sound: boolean;
  mailLanguage: string | null;
  /** Where mail goes (the token's address); null: no mail can reach this agent. */
  email?: string | null;
  /** After this long without activity the console reports the agent away. */
  idleMinutes?: number;
  mailLanguages?: string[];
}

/** A tenant's notification settings, thresholds in minutes. */
export interface NotificationSettings {
  mailAgents: boolean;
  waitingAfterMinutes: number;
  escalateAfterMinutes: number | null;
  batchMinutes: number;
  idleMinutes: number;
  language: string;
  bots: { botId: string; waitingAfterMinutes: number }[];
}

export interface NotificationMail {
  email: string;
  language: string;
  status: 'PENDING' | 'SENT' | 'FAILED' | 'ABANDONED';
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
  sentAt: string | null;
}

/** One entry of the notification log. */
export interface LoggedNotification {
  id: string;
  conversationId: string;
  kind: 'NEW_REQUEST' | 'STILL_WAITING' | 'ESCALATION' | 'VISITOR_MESSAGE';
  batch: number;
  status: 'SCHEDULED' | 'DECIDED' | 'CANCELLED' | 'NO_RECIPIENTS';
  dueAt: string;
  decidedAt: string | null;
  note: string | null;
  messages: number;
  mails: NotificationMail[];
}

/** An agent as notification-service knows them. */
export interface MailableAgent {
  agentId: string;
  displayName: string;
  email: string | null;
  presence: string | null;
}

/** Frames of /ws/agent (agent-service README, "The console socket"). */
/** An agent as the supervisors' overview lists them (agent-service). */
export interface SupervisedAgent {
  agentId: string;
  displayName: string;
  status: 'ONLINE' | 'AWAY' | 'OFFLINE';
  teams: string[];
  supervisor: boolean;
  activeChats: number;
}

/** A chat an agent holds now (agent-service's overview). */
export interface SupervisedChat {
  conversationId: string;
  agentId: string;
  agentName: string;
  visitorName: string;
  botId: string | null;
  botName: string | null;
  team: string | null;
  since: string | null;
  subject: string | null;
}

export interface SupervisionOverview {
  agents: SupervisedAgent[];
  chats: SupervisedChat[];
  chatsCut: boolean;
}

/** A message a waiting visitor left when nobody was accepting; `id` is its conversation's. */
export interface OfflineMessage {
  id: string;
  botId: string;
  botName: string | null;
  team: string | null;
  visitorName: string | null;
  visitorEmail: string;
  message: string;
  leftAt: string;
  handledBy: string | null;
  handledByName: string | null;
  handledAt: string | null;
}

export interface OfflineMessagePage {
  items: OfflineMessage[];
  page: number;
  size: number;
  hasMore: boolean;
}

/** A team and its members; `team` null: the agents who serve every team. */
export interface TeamMembers {
  team: string | null;
  members: SupervisedAgent[];
}

/** One waiting conversation as routing's queue view lists it. */
export interface QueueEntry {
  conversationId: string;
  position: number;
  visitorName: string | null;
  botId: string;
  waitingSince: string;
  team: string | null;
  offeredTo: string | null;
  priority: number;
}

/** Routing's limits: the tenant default and each agent's own (null: the default). */
export interface Capacity {
  defaultMaxChats: number;
  agents: { agentId: string; maxChats: number | null; activeChats: number }[];
}

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
