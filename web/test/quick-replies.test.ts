import { describe, expect, it } from 'vitest';
import type { QuickReply } from '../src/console/types';
import { filterReplies } from '../src/console/views/quick-reply-picker';
import { parseOrigins } from '../src/console/views/bot-settings-model';

const reply = (shortcut: string, text: string): QuickReply => ({
  id: shortcut,
  shortcut,
  text,
  scope: 'SHARED',
  ownerId: null,
  createdAt: '',
  updatedAt: '',
});

describe('quick reply picker', () => {
  const replies = [
    reply('thanks', 'Thank you for waiting!'),
    reply('refund', 'Refunds take 5 days.'),
    reply('hello', 'Hi, thanks for reaching out'),
  ];

  it('shows all, sorted by shortcut, without a query', () => {
    expect(filterReplies(replies, '').map((r) => r.shortcut)).toEqual(['hello', 'refund', 'thanks']);
  });

  it('finds by shortcut (with or without the slash) or by words, shortcut prefixes first', () => {
    expect(filterReplies(replies, '/ref').map((r) => r.shortcut)).toEqual(['refund']);
    expect(filterReplies(replies, 'thank').map((r) => r.shortcut)).toEqual(['thanks', 'hello']);
  });
});

describe('allowed origins', () => {
  it('reads one per line or comma separated, without duplicates or trailing slashes', () => {
    expect(parseOrigins('https://a.example/\n\nhttps://b.example, https://a.example')).toEqual([
      'https://a.example',
      'https://b.example',
    ]);
  });
});
