import { describe, expect, it } from 'vitest';
import { MessageStore } from '../src/console/live/message-store';
import type { HistoryLine, LiveMessage } from '../src/console/types';

const live = (
  sequence: number,
  text: string,
  sender = 'VISITOR',
  clientMessageId: string | null = null,
): LiveMessage => ({
  conversationId: 'c1',
  messageId: `m${sequence}`,
  sequence,
  sender,
  senderName: sender === 'AGENT' ? 'Alice' : 'Thandi',
  text,
  language: null,
  translation: null,
  time: '2026-01-01T10:00:00Z',
  clientMessageId,
});

const botLine = (sender: string, text: string): HistoryLine => ({
  source: 'bot',
  sequence: null,
  messageId: null,
  sender,
  senderName: null,
  text,
  language: null,
  translation: null,
  time: null,
});

const texts = (store: MessageStore) => store.list().map((m) => m.text);

describe('MessageStore', () => {
  it('shows the bot conversation first, then live messages by sequence whatever order they arrive in', () => {
    const store = new MessageStore();
    store.add(live(3, 'third'));
    store.load([
      botLine('VISITOR', 'I need a person'),
      botLine('BOT', 'Let me find someone'),
      { ...live(1, 'first'), source: 'live' },
    ]);
    store.add(live(2, 'second', 'AGENT'));
    expect(texts(store)).toEqual(['I need a person', 'Let me find someone', 'first', 'second', 'third']);
    expect(store.list().map((m) => m.author)).toEqual(['visitor', 'bot', 'visitor', 'agent', 'visitor']);
    expect(store.lastSequence).toBe(3);
  });

  it('shows a message once, whether it came as a frame, in the history, or both', () => {
    const store = new MessageStore();
    expect(store.add(live(1, 'hello'))).toBe(true);
    expect(store.add(live(1, 'hello'))).toBe(false);
    store.load([
      { ...live(1, 'hello'), source: 'live' },
      { ...live(2, 'again'), source: 'live' },
    ]);
    store.load([
      { ...live(1, 'hello'), source: 'live' },
      { ...live(2, 'again'), source: 'live' },
    ]);
    expect(texts(store)).toEqual(['hello', 'again']);
  });

  it('replaces the agent’s own message, shown while sending, by the stored one (answer or frame first)', () => {
    const store = new MessageStore();
    store.addLocal('cid-1', 'On my way', 'Alice');
    store.addLocal('cid-2', 'Second', 'Alice');
    expect(store.list().map((m) => m.state)).toEqual(['sending', 'sending']);
    store.add(live(5, 'On my way', 'AGENT', 'cid-1')); // the socket frame overtook the REST answer
    store.add(live(5, 'On my way', 'AGENT', 'cid-1')); // then the answer
    expect(texts(store)).toEqual(['On my way', 'Second']);
    expect(store.list()[0].source).toBe('live');
    expect(store.list()[1].source).toBe('local');
  });

  it('marks a message that could not be sent, and sending again', () => {
    const store = new MessageStore();
    store.addLocal('cid', 'hi', 'Alice');
    store.markFailed('cid');
    expect(store.localMessage('cid')?.state).toBe('failed');
    store.markSending('cid');
    expect(store.localMessage('cid')?.state).toBe('sending');
  });

  it('keeps a translation a later copy lacks', () => {
    const store = new MessageStore();
    store.add({ ...live(1, 'hola'), translation: { language: 'en', text: 'hello' } });
    store.load([{ ...live(1, 'hola'), source: 'live', translation: null }]);
    expect(store.list()[0].translation).toEqual({ language: 'en', text: 'hello' });
  });
});
