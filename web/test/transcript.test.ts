import { describe, expect, it } from 'vitest';
import { type FeedMessage, Transcript } from '../src/demo/transcript';

const msg = (sequence: number, id: string, sender: string, text: string): FeedMessage => ({
  type: 'message',
  sequence,
  id,
  sender,
  text,
});

/** What the page does with a frame: drop replays by sequence, then show. */
function feed(t: Transcript, m: FeedMessage): void {
  if (t.acceptSequence(m.sequence)) t.message(m);
}

describe('the visitor transcript', () => {
  it('shows each feed entry once when a reconnect replays from an older sequence', () => {
    const t = new Transcript();
    feed(t, msg(1, 'a', 'agent', 'Hello'));
    feed(t, msg(2, 'b', 'agent', 'How can I help?'));
    // reconnect with after=1 raced with a live delivery of 2: the server replays 2 and sends 3
    feed(t, msg(2, 'b', 'agent', 'How can I help?'));
    feed(t, msg(3, 'c', 'agent', 'Still there?'));
    expect(t.all().map((l) => l.text)).toEqual(['Hello', 'How can I help?', 'Still there?']);
    expect(t.lastSequence).toBe(3);
  });

  it('matches the visitor’s own message with the server copy after the ack', () => {
    const t = new Transcript();
    t.sending('c1', 'My order is late');
    t.ack('c1', 'srv-1');
    feed(t, msg(4, 'srv-1', 'visitor', 'My order is late'));
    expect(t.all()).toHaveLength(1);
    expect(t.all()[0].state).toBe('sent');
  });

  it('matches it too when the server copy overtakes the ack', () => {
    const t = new Transcript();
    t.sending('c1', 'Same words');
    t.sending('c2', 'Same words');
    feed(t, msg(1, 'srv-1', 'visitor', 'Same words'));
    t.ack('c1', 'srv-1');
    t.ack('c2', 'srv-2');
    feed(t, msg(2, 'srv-2', 'visitor', 'Same words'));
    expect(t.all().map((l) => [l.text, l.state])).toEqual([
      ['Same words', 'sent'],
      ['Same words', 'sent'],
    ]);
  });

  it('marks a refused message and keeps lines that do not come from the feed', () => {
    const t = new Transcript([{ key: 'k', author: 'bot', text: 'Hi, I am the bot' }]);
    t.sending('c1', 'x'.repeat(10));
    t.failed('c1');
    t.add('system', 'Alice joined the chat.');
    expect(t.all().map((l) => l.author)).toEqual(['bot', 'visitor', 'system']);
    expect(t.all()[1].state).toBe('failed');
  });
});
