// The demo's own little chatbot, entirely in the page: it answers a few questions and offers a human.

export interface BotReply {
  text: string;
  /** The visitor asked for a person. */
  handoff?: boolean;
  suggestions?: string[];
}

export const TALK_TO_A_HUMAN = 'Talk to a human';
const SUGGESTIONS = ['Opening hours', 'Delivery', 'Returns', TALK_TO_A_HUMAN];

const INTENTS: { words: RegExp; reply: BotReply }[] = [
  {
    words: /\b(human|agent|person|someone|somebody|operator|representative|real)\b/i,
    reply: { text: 'Let me find you a person from our team.', handoff: true },
  },
  {
    words: /\b(hours?|open|opening|close|closing|when)\b/i,
    reply: { text: 'Our shop is open every day from 08:00 to 20:00.' },
  },
  {
    words: /\b(deliver\w*|ship\w*|post|courier|track\w*)\b/i,
    reply: { text: 'Orders ship within 2 working days; delivery takes 3 to 5 days. You get a tracking link by email.' },
  },
  {
    words: /\b(return\w*|refund\w*|exchange\w*|broken|wrong)\b/i,
    reply: {
      text: 'You can return anything within 30 days for a full refund. Shall I get someone to help with a return?',
    },
  },
  {
    words: /\b(price|prices|cost|how much|discount|sale)\b/i,
    reply: { text: 'Prices are on each product page; members get 10 % off.' },
  },
  {
    words: /^\s*(hi|hello|hey|good (morning|afternoon|evening)|sawubona|molo|dumela)\b/i,
    reply: { text: 'Hello! How can I help you today?' },
  },
  { words: /\b(thanks|thank you|cheers)\b/i, reply: { text: 'You are welcome! Anything else?' } },
];

export function greeting(): BotReply {
  return {
    text: 'Hi, I am the Acme assistant. Ask me about opening hours, delivery or returns, or talk to a human.',
    suggestions: SUGGESTIONS,
  };
}

export function answer(question: string): BotReply {
  const text = question.trim();
  if (text.toLowerCase() === TALK_TO_A_HUMAN.toLowerCase())
    return { text: 'Let me find you a person from our team.', handoff: true };
  const intent = INTENTS.find((i) => i.words.test(text));
  if (intent) return { ...intent.reply, suggestions: intent.reply.handoff ? [] : SUGGESTIONS };
  return {
    text: 'Sorry, I can only help with opening hours, delivery and returns. Would you like to talk to a human?',
    suggestions: SUGGESTIONS,
  };
}
