// What the console's views share: the API, who is signed in, and the live lists.
import type { Api } from './api';
import type { LiveList } from './live/live-list';
import type { ChatSummary, LiveMessage, PendingItem, QuickReply } from './types';

export interface Me {
  id: string;
  name: string;
  roles: string[];
  tenant: string | null;
}

/** A line of Active chats: the REST summary plus what the console learnt since. */
export interface ChatEntry extends ChatSummary {
  endReason?: string | null;
  typing?: boolean;
}

export interface Ctx {
  api: Api;
  me: Me;
  pending: LiveList<PendingItem>;
  chats: LiveList<ChatEntry>;
  quickReplies(refresh?: boolean): Promise<QuickReply[]>;
  /** Sends an agent message over the console socket (REST while it is down); see AgentSocket.sendMessage. */
  sendMessage(conversationId: string, clientMessageId: string, text: string): Promise<LiveMessage>;
  navigate(hash: string): void;
}

export const isSupervisor = (me: Me) => me.roles.includes('supervisor');

export const byWaitingOrder = (a: PendingItem, b: PendingItem) =>
  b.priority - a.priority || Date.parse(a.waitingSince) - Date.parse(b.waitingSince);

export const byAssignment = (a: ChatEntry, b: ChatEntry) =>
  Date.parse(a.since ?? '') - Date.parse(b.since ?? '') || a.conversationId.localeCompare(b.conversationId);
