// What the visitor sees of the chat, fed by the server's numbered frames (/ws/visitor): each feed entry is
// shown once, whatever a reconnect replays, and the visitor's own messages show at once and are matched with
// the server's copy (by the ack's id, or by text when the copy overtakes the ack).

export type Author = 'visitor' | 'agent' | 'bot' | 'system';

export interface Line {
  key: string;
  author: Author;
  name?: string | null;
  text: string;
  translation?: { language: string; text: string } | null;
  time?: string;
  state?: 'sending' | 'sent' | 'failed';
  clientMessageId?: string;
}

export interface FeedMessage {
  type: 'message';
  sequence: number;
  id: string;
  sender: string;
  senderName?: string | null;
  text: string;
  time?: string;
  translation?: { language: string; text: string } | null;
}

let counter = 0;

export class Transcript {
  private readonly lines: Line[] = [];
  private last = 0;
  private readonly byServerId = new Map<string, Line>();
  private readonly byClientId = new Map<string, Line>();

  constructor(initial: Line[] = []) {
    this.lines.push(...initial);
  }

  /** The newest feed sequence seen: what to reconnect after. */
  get lastSequence(): number {
    return this.last;
  }

  /** A numbered feed entry: true when it is new (not a replay of one already applied). */
  acceptSequence(sequence: number): boolean {
    if (sequence <= this.last) return false;
    this.last = sequence;
    return true;
  }

  /** A line that does not come from the feed (the demo bot, notices). */
  add(author: Author, text: string, name?: string): Line {
    const line: Line = { key: `l${++counter}`, author, text, name, time: new Date().toISOString() };
    this.lines.push(line);
    return line;
  }

  /** The visitor's message, shown before the server has it. */
  sending(clientMessageId: string, text: string): Line {
    const line: Line = {
      key: `c-${clientMessageId}`,
      author: 'visitor',
      text,
      state: 'sending',
      clientMessageId,
      time: new Date().toISOString(),
    };
    this.lines.push(line);
    this.byClientId.set(clientMessageId, line);
    return line;
  }

  ack(clientMessageId: string, id: string): void {
    const line = this.byClientId.get(clientMessageId);
    if (!line) return;
    line.state = 'sent';
    if (!this.byServerId.has(id)) this.byServerId.set(id, line);
  }

  failed(clientMessageId: string): void {
    const line = this.byClientId.get(clientMessageId);
    if (line) line.state = 'failed';
  }

  /** A `message` frame already accepted by sequence: false when it only confirmed a line already shown. */
  message(m: FeedMessage): boolean {
    const known = this.byServerId.get(m.id);
    if (known) {
      known.state = known.state && 'sent';
      known.translation = m.translation ?? known.translation;
      return false;
    }
    const author = (['visitor', 'agent', 'bot', 'system'] as const).find((a) => a === m.sender) ?? 'system';
    if (author === 'visitor') {
      const mine = this.lines.find(
        (l) => l.state === 'sending' && l.text === m.text.trim() && ![...this.byServerId.values()].includes(l),
      );
      if (mine) {
        mine.state = 'sent';
        this.byServerId.set(m.id, mine);
        return false;
      }
    }
    const line: Line = {
      key: `s-${m.id}`,
      author,
      name: m.senderName,
      text: m.text,
      translation: m.translation,
      time: m.time,
    };
    this.lines.push(line);
    this.byServerId.set(m.id, line);
    return true;
  }

  all(): readonly Line[] {
    return this.lines;
  }
}
