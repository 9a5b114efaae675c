// One chat's messages as the agent sees them: the bot conversation first (as the bot gave it), then the live
// messages ordered by their chat sequence, each once (by message id) whatever mix of REST history, socket
// frames and send answers brought it, then the agent's own messages still on their way.
import type { HistoryLine, LiveMessage, Translation } from '../types';

export type Author = 'visitor' | 'agent' | 'bot' | 'system';

export interface ShownMessage {
  key: string;
  source: 'bot' | 'live' | 'local';
  sequence: number | null;
  author: Author;
  senderName: string | null;
  text: string;
  translation: Translation | null;
  time: string | null;
  /** Only for the agent's own messages not yet stored. */
  state?: 'sending' | 'failed';
  clientMessageId?: string;
}

export function authorOf(sender: string): Author {
  const s = sender.toLowerCase();
  return s === 'visitor' || s === 'user' ? 'visitor' : s === 'agent' ? 'agent' : s === 'bot' ? 'bot' : 'system';
}

export class MessageStore {
  private bot: ShownMessage[] = [];
  private readonly live = new Map<string, ShownMessage>();
  private readonly local = new Map<string, ShownMessage>();

  /** The chat's history from REST: replaces the bot part, merges the live part with what frames brought. */
  load(history: HistoryLine[]): void {
    this.bot = history
      .filter((h) => h.source === 'bot')
      .map((h, i) => ({
        key: `bot-${i}`,
        source: 'bot' as const,
        sequence: null,
        author: authorOf(h.sender),
        senderName: h.senderName,
        text: h.text,
        translation: null,
        time: h.time,
      }));
    for (const h of history) {
      if (h.source === 'live' && h.messageId && h.sequence !== null) {
        this.add({ ...h, messageId: h.messageId, sequence: h.sequence, conversationId: '' });
      }
    }
  }

  /** A stored message (frame or send answer). False when it was already shown. */
  add(m: LiveMessage): boolean {
    if (m.clientMessageId) this.local.delete(m.clientMessageId);
    const known = this.live.has(m.messageId);
    const previous = this.live.get(m.messageId);
    this.live.set(m.messageId, {
      key: m.messageId,
      source: 'live',
      sequence: m.sequence,
      author: authorOf(m.sender),
      senderName: m.senderName,
      text: m.text,
      // A later copy may carry a translation the first lacked; never lose one.
      translation: m.translation ?? previous?.translation ?? null,
      time: m.time,
    });
    return !known;
  }

  /** The agent's message as typed, until the server stores it. */
  addLocal(clientMessageId: string, text: string, senderName: string | null): void {
    this.local.set(clientMessageId, {
      key: `local-${clientMessageId}`,
      source: 'local',
      sequence: null,
      author: 'agent',
      senderName,
      text,
      translation: null,
      time: new Date().toISOString(),
      state: 'sending',
      clientMessageId,
    });
  }

  markFailed(clientMessageId: string): void {
    const m = this.local.get(clientMessageId);
    if (m) this.local.set(clientMessageId, { ...m, state: 'failed' });
  }

  markSending(clientMessageId: string): void {
    const m = this.local.get(clientMessageId);
    if (m) this.local.set(clientMessageId, { ...m, state: 'sending' });
  }

  localMessage(clientMessageId: string): ShownMessage | undefined {
    return this.local.get(clientMessageId);
  }

  /** The newest live sequence shown (0 when none). */
  get lastSequence(): number {
    let last = 0;
    for (const m of this.live.values()) last = Math.max(last, m.sequence ?? 0);
    return last;
  }

  list(): ShownMessage[] {
    const live = [...this.live.values()].sort((a, b) => (a.sequence ?? 0) - (b.sequence ?? 0));
    return [...this.bot, ...live, ...this.local.values()];
  }
}
