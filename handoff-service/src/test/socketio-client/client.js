'use strict';
// One Socket.IO client, driven by a Java test over stdin/stdout, one JSON object per line.
//
// Commands (stdin):
//   {"op":"connect","version":3|4,"url":"http://127.0.0.1:8081/live_agent",
//    "transport":"websocket"|"polling"|"polling-upgrade","origin":"http://shop.example"}
//   {"op":"emit","event":"username","args":[{...}],"ack":7}   ack: an id to answer with, or absent
//   {"op":"disconnect"}
//   {"op":"exit"}
// Reports (stdout):
//   {"kind":"ready"}  {"kind":"connect","transport":"websocket"}  {"kind":"connect_error","message":"..."}
//   {"kind":"event","event":"to_user","args":[{...}]}  {"kind":"ack","ack":7,"args":[...]}
//   {"kind":"disconnect","reason":"io server disconnect"}  {"kind":"failure","message":"..."}
const readline = require('readline');

const clients = { 3: require('sio3'), 4: require('sio4') };
let socket = null;

function report(message) {
  process.stdout.write(JSON.stringify(message) + '\n');
}

function transportOptions(transport) {
  switch (transport) {
    case 'websocket':
      return { transports: ['websocket'] };
    case 'polling':
      return { transports: ['polling'], upgrade: false };
    case 'polling-upgrade':
      return { transports: ['polling', 'websocket'], upgrade: true };
    default:
      throw new Error('unknown transport ' + transport);
  }
}

function connect(command) {
  const io = clients[command.version];
  if (!io) {
    throw new Error('unknown client version ' + command.version);
  }
  const options = Object.assign({
    forceNew: true,
    reconnection: false,
    timeout: 10000,
    extraHeaders: command.origin ? { Origin: command.origin } : undefined,
  }, transportOptions(command.transport));
  // io.connect(url) is how the Botlhale snippet connects; with autoConnect it opens at once.
  socket = io.connect(command.url, options);
  socket.on('connect', () => report({ kind: 'connect', transport: socket.io.engine.transport.name }));
  socket.on('connect_error', (error) => report({ kind: 'connect_error', message: String(error && error.message) }));
  socket.on('disconnect', (reason) => report({ kind: 'disconnect', reason: reason }));
  socket.onAny((event, ...args) => report({ kind: 'event', event: event, args: args }));
  // the Manager's engine exists from 'open' on; it reports when polling was upgraded to WebSocket
  socket.io.on('open', () => {
    socket.io.engine.on('upgrade', (transport) => report({ kind: 'upgrade', transport: transport.name }));
  });
}

function emit(command) {
  const args = Array.isArray(command.args) ? command.args.slice() : [];
  if (command.ack !== undefined && command.ack !== null) {
    args.push((...reply) => report({ kind: 'ack', ack: command.ack, args: reply }));
  }
  socket.emit(command.event, ...args);
}

function handle(command) {
  switch (command.op) {
    case 'connect':
      connect(command);
      break;
    case 'emit':
      emit(command);
      break;
    case 'disconnect':
      socket.disconnect();
      break;
    case 'exit':
      if (socket) {
        socket.disconnect();
      }
      process.exit(0);
      break;
    default:
      throw new Error('unknown op ' + command.op);
  }
}

const input = readline.createInterface({ input: process.stdin });
input.on('line', (line) => {
  try {
    handle(JSON.parse(line));
  } catch (error) {
    report({ kind: 'failure', message: String(error && error.stack) });
  }
});
// The test JVM holds our stdin: when it goes away, so do we.
input.on('close', () => process.exit(0));
report({ kind: 'ready' });
