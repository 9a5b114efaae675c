// /demo/: a visitor talks to the demo bot, asks for a human, and chats over the native socket /ws/visitor
// (queue place and wait, agent joined and typing, the agent's proposal to end with its button, the end message and
// button, a 1-5 rating).
import './demo.css';
import { byId } from '../shared/dom';
import { newId } from '../shared/ids';
import { formatOpening, formatQueueStatus } from '../shared/time';
import { answer, type BotReply, greeting, TALK_TO_A_HUMAN } from './bot';
import { type DemoBot, demoBot, type Handoff, requestHandoff } from './demo-api';
import { type FeedMessage, type Line, Transcript } from './transcript';
import { type VisitorFrame, VisitorSocket } from './visitor-socket';
import { ChatWidget } from './widget';

interface SavedChat {
  handoff: Handoff;
  lines: Line[];
}

const SAVED = 'handoff.demo.native';
const FEED_TYPES = new Set([
  'message',
  'queue',
  'assigned',
  'waiting',
  'ended',
  'expired',
  'end-proposed',
  'end-withdrawn',
  'leave-message-offered',
  'message-left',
]);
/** What the visitor is told when leave-message is refused, by error code. */
const LEAVE_MESSAGE_ERRORS: Record<string, string> = {
  'invalid-email': 'Please give one valid e-mail address.',
  'invalid-name': 'That name is too long or has odd characters.',
  'invalid-message': 'Please write a message.',
  'message-too-long': 'Your message is too long (at most 4000 characters).',
  'not-waiting': 'Your chat is no longer waiting: someone took it, or it ended.',
  'not-offered': 'Leaving a message is not possible yet.',
  'invalid-frame': 'Please give an e-mail address and a message.',
};

let phase: 'bot' | 'requesting' | 'live' | 'ended' = 'bot';
let transcript = new Transcript();
let botHistory: { sender: 'user' | 'bot'; message: string }[] = [];
let bot: DemoBot | null = null;
let socket: VisitorSocket | null = null;
let agentName: string | null = null;
let typingSent = 0;
let typingIdle: number | undefined;
let rating: ((text: string) => void) | null = null;
let leaving: ((problem: string | null) => void) | null = null;

const nameInput = byId<HTMLInputElement>('visitor-name');
const widget = new ChatWidget(
  byId('chat'),
  (text) => void send(text),
  () => noteTyping(),
);

function render(): void {
  widget.render(transcript.all());
}

function botSays(reply: BotReply): void {
  transcript.add('bot', reply.text, 'Acme assistant');
  botHistory.push({ sender: 'bot', message: reply.text });
  const offline = bot !== null && !bot.open;
  widget.setSuggestions(
    (reply.suggestions ?? []).filter((s) => !(offline && s === TALK_TO_A_HUMAN)),
    (s) => void send(s),
  );
  render();
}

async function send(text: string): Promise<void> {
  if (phase === 'bot') {
    transcript.add('visitor', text, nameInput.value.trim() || 'You');
    botHistory.push({ sender: 'user', message: text });
    const reply = answer(text);
    if (reply.handoff) await handoff();
    else botSays(reply);
  } else if (phase === 'live') {
    const clientMessageId = newId();
    transcript.sending(clientMessageId, text);
    socket?.send({ type: 'message', clientMessageId, text });
    stopTyping();
    render();
  }
}

async function handoff(): Promise<void> {
  if (bot && !bot.open) {
    botSays(offlineReply(bot.offlineMessage, bot.nextOpening));
    return;
  }
  phase = 'requesting';
  widget.setSuggestions([], () => undefined);
  widget.setStatus('Connecting you to a person…');
  render();
  const result = await requestHandoff({
    visitor: { name: nameInput.value.trim() || null, email: null, locale: navigator.language },
    botHistory,
  });
  widget.setStatus(null);
  phase = 'bot';
  if (result.kind === 'accepted') {
    transcript.add('system', 'You asked for a person. Please stay on this page.');
    sessionStorage.setItem(
      SAVED,
      JSON.stringify({ handoff: result.handoff, lines: [...transcript.all()] } satisfies SavedChat),
    );
    goLive(result.handoff);
  } else if (result.kind === 'unavailable') {
    botSays(offlineReply(result.offlineMessage, result.nextOpening));
  } else if (result.kind === 'disabled') {
    botSays({ text: 'The demo handoff is not enabled on this server (handoff.demo.enabled).' });
  } else {
    botSays({ text: `Sorry, that did not work: ${result.detail}`, suggestions: [TALK_TO_A_HUMAN] });
  }
}

function offlineReply(message: string | null, nextOpening: string | null): BotReply {
  const opening = nextOpening ? ` We are back ${formatOpening(nextOpening)}.` : '';
  return { text: `${message ?? 'Our team is offline right now.'}${opening}` };
}

function goLive(h: Handoff): void {
  phase = 'live';
  widget.setTitle('Live chat');
  widget.setSuggestions([], () => undefined);
  widget.enableInput(true);
  widget.offerEnd(() => socket?.send({ type: 'end' }));
  widget.setStatus(formatQueueStatus(h.queuePosition, h.estimatedWaitSeconds));
  socket = new VisitorSocket(
    h.visitorToken,
    () => transcript.lastSequence,
    onFrame,
    (state) => {
      if (state === 'lost') widget.setStatus('Connection lost. Reconnecting…');
      else if (state === 'refused') endChat('This chat is no longer available.', null, false);
      else if (phase === 'live' && agentName) widget.setStatus(null);
    },
  );
  socket.connect();
  render();
}

function onFrame(f: VisitorFrame): void {
  if (FEED_TYPES.has(f.type) && !transcript.acceptSequence(Number(f.sequence))) return;
  switch (f.type) {
    case 'message':
      transcript.message(f as unknown as FeedMessage);
      if (f.sender === 'agent') widget.setTyping(null);
      break;
    case 'queue':
      if (!agentName)
        widget.setStatus(
          formatQueueStatus(
            Number(f.position),
            (f.estimatedWaitSeconds as number | null) ?? null,
            f.waitStatus as string | undefined,
          ),
        );
      break;
    case 'end-proposed':
      transcript.add('system', String(f.message ?? 'Can we end the chat?'));
      widget.showEndProposal((f.buttonLabel as string | null) ?? null, () => socket?.send({ type: 'confirm-end' }));
      break;
    case 'end-withdrawn':
      widget.hideEnd();
      return;
    case 'leave-message-offered':
      if (agentName) return;
      transcript.add('system', String(f.message ?? 'Our team is offline right now.'));
      widget.showLeaveMessage(nameInput.value.trim(), leaveMessage);
      break;
    case 'message-left':
      leaving?.(null);
      return;
    case 'assigned':
      widget.hideEnd(); // a proposal to end dies with its agent's hold on the chat
      agentName = String(f.agentName ?? 'An agent');
      transcript.add('system', `${agentName} joined the chat.`);
      widget.setTitle(`Chatting with ${agentName}`);
      widget.setStatus(null);
      break;
    case 'waiting':
      widget.hideEnd();
      agentName = null;
      transcript.add('system', 'You are back in the queue; the next available person will continue.');
      widget.setTitle('Live chat');
      break;
    case 'ended':
    case 'expired':
      // a message left is not a chat to rate
      endChat(
        String(f.message ?? 'The chat has ended.'),
        (f.buttonLabel as string | null) ?? null,
        f.reason !== 'left_message',
      );
      break;
    case 'typing':
      widget.setTyping(f.typing ? `${agentName ?? 'The agent'} is typing…` : null);
      return;
    case 'ack':
      transcript.ack(String(f.clientMessageId), String(f.id));
      break;
    case 'rated':
      rating?.('Thank you for your feedback!');
      return;
    case 'error':
      if (f.clientMessageId) transcript.failed(String(f.clientMessageId));
      if (f.code === 'no-end-proposal') widget.hideEnd();
      if (leaving && String(f.code) in LEAVE_MESSAGE_ERRORS) {
        leaving(LEAVE_MESSAGE_ERRORS[String(f.code)]);
        return;
      }
      if (f.code === 'already-rated') rating?.('You have already rated this chat. Thank you!');
      else if (rating && f.code === 'invalid-frame') rating('That rating could not be sent.');
      break;
    default:
      return;
  }
  render();
}

function endChat(message: string, buttonLabel: string | null, canRate: boolean): void {
  if (phase === 'ended') return;
  phase = 'ended';
  transcript.add('system', message);
  widget.setTyping(null);
  widget.setStatus(null);
  widget.enableInput(false, 'The chat has ended');
  widget.offerEnd(null);
  widget.showEnd(buttonLabel, backToBot, canRate ? rate : undefined);
  render();
}

function rate(score: number, comment: string): Promise<string> {
  return new Promise((resolve) => {
    rating = (text) => {
      rating = null;
      resolve(text);
    };
    socket?.send(comment ? { type: 'rate', score, comment } : { type: 'rate', score });
  });
}

function leaveMessage(name: string, email: string, message: string): Promise<string | null> {
  return new Promise((resolve) => {
    leaving = (problem) => {
      leaving = null;
      resolve(problem);
    };
    socket?.send({ type: 'leave-message', name: name || null, email, message });
  });
}

function backToBot(): void {
  socket?.close();
  socket = null;
  sessionStorage.removeItem(SAVED);
  phase = 'bot';
  agentName = null;
  transcript = new Transcript();
  botHistory = [];
  widget.hideEnd();
  widget.offerEnd(null);
  widget.setTitle('Acme assistant');
  widget.enableInput(true);
  botSays(greeting());
}

function noteTyping(): void {
  if (phase !== 'live') return;
  if (Date.now() - typingSent > 2000) {
    typingSent = Date.now();
    socket?.send({ type: 'typing', typing: true });
  }
  window.clearTimeout(typingIdle);
  typingIdle = window.setTimeout(stopTyping, 3000);
}

function stopTyping(): void {
  window.clearTimeout(typingIdle);
  if (typingSent === 0) return;
  typingSent = 0;
  socket?.send({ type: 'typing', typing: false });
}

async function start(): Promise<void> {
  bot = await demoBot().catch(() => null);
  const saved = JSON.parse(sessionStorage.getItem(SAVED) ?? 'null') as SavedChat | null;
  if (saved) {
    transcript = new Transcript(saved.lines);
    goLive(saved.handoff);
    return;
  }
  botSays(greeting());
  if (bot && !bot.open) {
    transcript.add('system', offlineReply(bot.offlineMessage, bot.nextOpening).text);
    render();
  }
}

void start();
