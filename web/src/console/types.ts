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

/** Frames of /ws/agent (agent-service README, "The console socket"). */
export type ServerFrame =
  | { type: 'welcome'; agentId: string; status: AgentStatus; lastSeq: number }
  | ({ type: 'pending.added'; seq: number } & PendingItem)
  | { type: 'pending.removed'; seq: number; conversationId: string; reason: 'claimed' | 'ended'; by?: string }
  | { type: 'assigned'; seq: number; conversationId: string }
  | ({ type: 'message'; seq: number } & LiveMessage)
  | { type: 'typing'; seq: number; conversationId: string; typing: boolean }
  | { type: 'chat.ended'; seq: number; conversationId: string; reason: string }
  | { type: 'chat.removed'; seq: number; conversationId: string; reason: string }
  | { type: 'pong' }
  | { type: 'status'; status: AgentStatus }
  | { type: 'error'; code: string; detail: string };

export type SequencedFrame = Extract<ServerFrame, { seq: number }>;
