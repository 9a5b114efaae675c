// /demo/socketio.html: the same visitor, but speaking the Botlhale-compatible Socket.IO protocol with the
// real socket.io-client 3.1.3 (the version of the Botlhale snippet), bundled from npm into this page.
import { io, type Socket } from 'socket.io-client';
import './demo.css';
import { byId } from '../shared/dom';
import { newId } from '../shared/ids';
import { formatOpening, formatQueueStatus } from '../shared/time';
import { answer, type BotReply, greeting } from './bot';
import { type DemoBot, demoBot } from './demo-api';
import { Transcript } from './transcript';
import { ChatWidget } from './widget';

let phase: 'bot' | 'live' | 'ended' = 'bot';
let transcript = new Transcript();
let botHistory: { sender: 'user' | 'bot'; message: string }[] = [];
let bot: DemoBot | null = null;
let socket: Socket | null = null;
let conversationId = '';
let agentName: string | null = null;
let typingSent = 0;
let typingIdle: number | undefined;
let leaving: ((problem: string | null) => void) | null = null;

const widget = new ChatWidget(
  byId('chat'),
  (text) => send(text),
  () => noteTyping(),
);

function render(): void {
  widget.render(transcript.all());
}

function botSays(reply: BotReply): void {
  transcript.add('bot', reply.text, 'Acme assistant');
  botHistory.push({ sender: 'bot', message: reply.text });
  widget.setSuggestions(reply.suggestions ?? [], (s) => send(s));
  render();
}

function send(text: string): void {
  if (phase === 'bot') {
    transcript.add('visitor', text, 'You');
    botHistory.push({ sender: 'user', message: text });
    const reply = answer(text);
    if (reply.handoff) connect();
    else botSays(reply);
    return;
  }
  if (phase !== 'live' || !socket) return;
  const clientMessageId = newId();
  const line = transcript.sending(clientMessageId, text);
  render();
  socket.emit(
    'from_user',
    { message: text, ConversationID: conversationId, BotID: bot!.botId },
    (ack: { messageId?: string; error?: { message: string } }) => {
      if (ack?.messageId) transcript.ack(clientMessageId, ack.messageId);
      else transcript.failed(clientMessageId);
      line.state = ack?.messageId ? 'sent' : 'failed';
      render();
    },
  );
  stopTyping();
}

/** Hands off the Botlhale way: connect to /live_agent, say who we are, hand over the bot history when asked. */
function connect(): void {
  if (!bot) {
    botSays({ text: 'The demo is not enabled on this server (handoff.demo.enabled).' });
    return;
  }
  phase = 'live';
  conversationId = `demo-${newId()}`;
  widget.setSuggestions([], () => undefined);
  widget.setStatus('Connecting you to a person…');
  widget.setTitle('Live chat');
  widget.enableInput(true);
  socket = io('/live_agent', { path: '/socket.io/' });
  widget.offerEnd(() => socket?.emit('end_chat'));
  const me = () => ({ ConversationID: conversationId, BotID: bot!.botId });
  socket.on('startConversation', () => socket!.emit('username', me()));
  socket.on('messages', () => socket!.emit('messages_to_client', { messages: botHistory, bot_id: bot!.botId }));
  socket.on('chat_joined', () => agentName || widget.setStatus('Waiting for a person…'));
  socket.on('queue_position', (q: { position: number; estimatedWaitSeconds: number | null; waitStatus?: string }) => {
    if (!agentName) widget.setStatus(formatQueueStatus(q.position, q.estimatedWaitSeconds, q.waitStatus));
  });
  socket.on('agent_joined', (a: { name: string }) => {
    agentName = a.name;
    transcript.add('system', `${a.name} joined the chat.`);
    widget.setTitle(`Chatting with ${a.name}`);
    widget.setStatus(null);
    render();
  });
  socket.on('back_in_queue', () => {
    widget.hideEnd(); // a proposal to end dies with its agent's hold on the chat
    agentName = null;
    transcript.add('system', 'You are back in the queue; the next available person will continue.');
    render();
  });
  socket.on('agent_typing', (t: { typing: boolean }) =>
    widget.setTyping(t.typing ? `${agentName ?? 'The agent'} is typing…` : null),
  );
  socket.on('to_user', (m: { message: string }) => {
    transcript.add(agentName ? 'agent' : 'system', m.message, agentName ?? undefined);
    widget.setTyping(null);
    render();
  });
  // The agent proposes to end: to_user brought the end message, this adds its button; writing instead keeps it going.
  socket.on('end_proposed', (p: { buttonLabel?: string }) =>
    widget.showEndProposal(p.buttonLabel ?? null, () => socket?.emit('confirm_end')),
  );
  socket.on('end_proposal_withdrawn', () => widget.hideEnd());
  // Nobody is accepting: offer the form; message_left confirms, chat_ended (left_message) then ends the chat.
  socket.on('leave_message_offered', (o: { message?: string }) => {
    if (agentName) return;
    transcript.add('system', o.message ?? 'Our team is offline right now.');
    widget.showLeaveMessage('', leaveMessage);
    render();
  });
  socket.on('message_left', () => leaving?.(null));
  socket.on('chat_ended', (e: { buttonLabel?: string; reason?: string }) =>
    endChat(e.buttonLabel ?? null, e.reason !== 'left_message'),
  );
  socket.on('handoff_unavailable', (u: { offlineMessage?: string; nextOpening?: string }) => {
    phase = 'bot';
    const opening = u.nextOpening ? ` We are back ${formatOpening(u.nextOpening)}.` : '';
    widget.setStatus(null);
    botSays({ text: `${u.offlineMessage ?? 'Our team is offline right now.'}${opening}` });
  });
  socket.on('handoff_error', (e: { code: string; message: string; event?: string }) => {
    if (e.code === 'no-end-proposal') widget.hideEnd();
    if (leaving && e.event === 'leave_message') {
      leaving(e.message);
      return;
    }
    console.warn(`handoff_error ${e.code}: ${e.message}`);
  });
  socket.on('disconnect_socket', () => socket?.disconnect());
  socket.on('disconnect', (reason: string) => {
    if (phase === 'live' && reason !== 'io client disconnect') widget.setStatus('Connection lost. Reconnecting…');
  });
  socket.on('connect', () => agentName && widget.setStatus(null));
  render();
}

function endChat(buttonLabel: string | null, canRate: boolean): void {
  phase = 'ended';
  widget.setTyping(null);
  widget.setStatus(null);
  widget.enableInput(false, 'The chat has ended');
  widget.offerEnd(null);
  widget.showEnd(buttonLabel, backToBot, canRate ? rate : undefined);
  render();
}

/** Rates the ended chat on a connection of its own: the server closes the chat's socket when it ends. */
function rate(score: number, comment: string): Promise<string> {
  const chat = conversationId;
  const botId = bot!.botId;
  return new Promise((resolve) => {
    const rating = io('/live_agent', { path: '/socket.io/', forceNew: true });
    const done = (text: string) => {
      rating.disconnect();
      resolve(text);
    };
    rating.on('rated', () => done('Thank you for your rating!'));
    rating.on('handoff_error', (e: { code: string; message: string }) =>
      done(
        e.code === 'already-rated'
          ? 'You have already rated this chat. Thank you!'
          : `Could not send the rating: ${e.message}`,
      ),
    );
    rating.emit(
      'rate_chat',
      comment ? { ConversationID: chat, BotID: botId, score, comment } : { ConversationID: chat, BotID: botId, score },
    );
  });
}

function leaveMessage(name: string, email: string, message: string): Promise<string | null> {
  return new Promise((resolve) => {
    leaving = (problem) => {
      leaving = null;
      resolve(problem);
    };
    socket?.emit('leave_message', {
      ConversationID: conversationId,
      BotID: bot!.botId,
      name: name || null,
      email,
      message,
    });
  });
}

function backToBot(): void {
  socket?.disconnect();
  socket = null;
  phase = 'bot';
  agentName = null;
  transcript = new Transcript();
  botHistory = [];
  widget.hideEnd();
  widget.setTitle('Acme assistant');
  widget.enableInput(true);
  botSays(greeting());
}

function noteTyping(): void {
  if (phase !== 'live' || !socket) return;
  if (Date.now() - typingSent > 2000) {
    typingSent = Date.now();
    socket.emit('typing', { typing: true });
  }
  window.clearTimeout(typingIdle);
  typingIdle = window.setTimeout(stopTyping, 3000);
}

function stopTyping(): void {
  window.clearTimeout(typingIdle);
  if (typingSent === 0) return;
  typingSent = 0;
  socket?.emit('typing', { typing: false });
}

async function start(): Promise<void> {
  bot = await demoBot().catch(() => null);
  botSays(greeting());
  if (bot && !bot.open) {
    const opening = bot.nextOpening ? ` We are back ${formatOpening(bot.nextOpening)}.` : '';
    transcript.add('system', `${bot.offlineMessage ?? 'Our team is offline right now.'}${opening}`);
    widget.setSuggestions(['Opening hours', 'Delivery', 'Returns'], (s) => send(s));
    render();
  }
}

void start();
