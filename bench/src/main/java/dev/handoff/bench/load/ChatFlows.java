package dev.handoff.bench.load;

import dev.handoff.bench.chat.AgentConsole;
import dev.handoff.bench.chat.Received;
import dev.handoff.bench.chat.SendAnswer;
import dev.handoff.bench.chat.Stack;
import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import dev.handoff.bench.chat.VisitorSocketIo;
import dev.handoff.bench.chat.VisitorWebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.awaitility.Awaitility;

/**
 * The four message flows over live chats claimed by alice, bob and carol: visitor to agent over {@code /ws/visitor}
 * and over Socket.IO (arrival: the agent's {@code /ws/agent} frame), agent to visitor over the agent REST API and over
 * the agent's console socket (arrival: the {@code /ws/visitor} frame). Socket.IO chats are numbered from
 * {@link #SOCKET_IO_BASE}; the tags of the agent socket's messages from {@link #AGENT_SOCKET_BASE}.
 */
final class ChatFlows implements AutoCloseable {
    static final int SOCKET_IO_BASE = 1000;
    static final int AGENT_SOCKET_BASE = 2000;
    private static final Duration SEND_TIMEOUT = Duration.ofSeconds(10);

    private final Stack stack;
    private final LoadConfig config;
    private final Handoffs handoffs;
    private final FlowLedger visitorWs;
    private final FlowLedger visitorSio;
    private final FlowLedger agentRest;
    private final FlowLedger agentSocket;
    private final List<AgentConsole> agents = new ArrayList<>();
    private final List<Chat> chats = new ArrayList<>();
    private final CrossingFlow crossing = new CrossingFlow();

    private record Chat(
            int index, String conversationId, AgentConsole agent, VisitorWebSocket ws, VisitorSocketIo sio) {}

    ChatFlows(Stack stack, LoadConfig config, Handoffs handoffs, List<String> agentNames) {
        this(stack, config, handoffs, agentNames, "visitor -> agent (WebSocket)");
    }

    /** @param visitorWebSocketFlow the label of the visitor WebSocket flow's row (the hold's probe names its own) */
    ChatFlows(Stack stack, LoadConfig config, Handoffs handoffs, List<String> agentNames, String visitorWebSocketFlow) {
        this.stack = stack;
        this.config = config;
        this.handoffs = handoffs;
        this.visitorWs = new FlowLedger(visitorWebSocketFlow, true);
        this.visitorSio = new FlowLedger("visitor -> agent (Socket.IO)", true);
        this.agentRest = new FlowLedger("agent -> visitor (REST)", true);
        this.agentSocket = new FlowLedger("agent -> visitor (socket)", true);
        Received router = this::route;
        agentNames.forEach(name -> agents.add(new AgentConsole(stack, name, name, router)));
    }

    /** Opens the chats: handoff, claim, visitor socket. */
    void open() {
        open(
                Math.max(
                        config.visitorWebSocket().chats(),
                        Math.max(
                                config.agentRest().chats(),
                                Math.max(
                                        config.agentSocket().chats(),
                                        config.crossing().chats()))),
                config.visitorSocketIo().chats());
    }

    /** Opens that many chats with a {@code /ws/visitor} visitor and that many with a Socket.IO one. */
    void open(int webSocketChats, int socketIoChats) {
        for (int i = 0; i < webSocketChats; i++) {
            Handoffs.Created created = handoffs.create("Load chat " + i);
            AgentConsole agent = claim(i, created.conversationId());
            chats.add(new Chat(
                    i,
                    created.conversationId(),
                    agent,
                    new VisitorWebSocket(config.visitorBase(), created.visitorToken(), 0, this::route, "ws-visitor"),
                    null));
        }
        for (int j = 0; j < socketIoChats; j++) {
            Handoffs.Created created = handoffs.create("Load Socket.IO chat " + j);
            AgentConsole agent = claim(j, created.conversationId());
            chats.add(new Chat(
                    SOCKET_IO_BASE + j,
                    created.conversationId(),
                    agent,
                    null,
                    new VisitorSocketIo(
                            config.socketIoClientDir(),
                            stack.gateway(),
                            created.conversationId(),
                            Handoffs.BOT,
                            this::route)));
        }
        // A send before its socket is open would be refused, and a frame before the agent's socket opened is not live.
        Awaitility.await("every socket open")
                .atMost(Duration.ofSeconds(60))
                .until(() -> agents.stream().allMatch(AgentConsole::connected)
                        && chats.stream()
                                .allMatch(c -> c.ws() != null
                                        ? c.ws().connected()
                                        : c.sio().connected()));
    }

    FlowLedger runVisitorWebSocket() throws InterruptedException {
        return runVisitorWebSocket(config.visitorWebSocket());
    }

    FlowLedger runVisitorWebSocket(FlowSettings s) throws InterruptedException {
        run(
                s,
                visitorWs,
                (chat, number) -> chat(chat)
                        .ws()
                        .send(
                                "load-v" + number,
                                new Tag(Direction.VISITOR_TO_AGENT, chat, number).text(),
                                SEND_TIMEOUT));
        return visitorWs;
    }

    FlowLedger runVisitorSocketIo() throws InterruptedException {
        FlowSettings s = config.visitorSocketIo();
        run(
                s,
                visitorSio,
                (chat, number) -> chat(SOCKET_IO_BASE + chat)
                        .sio()
                        .send(
                                "load-v" + number,
                                new Tag(Direction.VISITOR_TO_AGENT, SOCKET_IO_BASE + chat, number).text(),
                                SEND_TIMEOUT));
        return visitorSio;
    }

    FlowLedger runAgentRest() throws InterruptedException {
        FlowSettings s = config.agentRest();
        run(s, agentRest, (chat, number) -> {
            Chat c = chat(chat);
            return c.agent()
                    .send(
                            c.conversationId(),
                            "load-a" + number,
                            new Tag(Direction.AGENT_TO_VISITOR, chat, number).text());
        });
        return agentRest;
    }

    /** The same chats as the REST flow, their messages sent as {@code send} frames on the agents' console sockets. */
    FlowLedger runAgentSocket() throws InterruptedException {
        FlowSettings s = config.agentSocket();
        run(s, agentSocket, (chat, number) -> {
            Chat c = chat(chat);
            return c.agent()
                    .sendOverSocket(
                            c.conversationId(),
                            "load-s" + chat + "-" + number,
                            new Tag(Direction.AGENT_TO_VISITOR, AGENT_SOCKET_BASE + chat, number).text(),
                            SEND_TIMEOUT);
        });
        return agentSocket;
    }

    /** The first WebSocket chats, visitor and agent sending at once and one after the other's answer. */
    FlowLedger runCrossing() throws InterruptedException {
        List<CrossingFlow.Chat> pairs = new ArrayList<>();
        for (int i = 0; i < config.crossing().chats(); i++) {
            Chat c = chat(i);
            pairs.add(new CrossingFlow.Chat(c.conversationId(), c.agent(), c.ws()));
        }
        return crossing.run(config.crossing(), pairs, config.drain());
    }

    private void run(FlowSettings s, FlowLedger ledger, BiFunction<Integer, Integer, SendAnswer> send)
            throws InterruptedException {
        OpenLoopChats.run(new Schedule(System.nanoTime(), s.rate(), s.duration()), s.chats(), ledger, send);
        ledger.awaitAll(config.drain());
    }

    /** Every tagged arrival to the ledger of its flow, timed on arrival. */
    private void route(Tag tag, String channel) {
        long now = System.nanoTime();
        if (crossing.arrived(tag, now)) {
            return;
        }
        if (tag.direction() == Direction.AGENT_TO_VISITOR && tag.chat() >= AGENT_SOCKET_BASE) {
            agentSocket.received(tag.chat() - AGENT_SOCKET_BASE, tag.number(), now);
        } else if (tag.direction() == Direction.AGENT_TO_VISITOR) {
            agentRest.received(tag.chat(), tag.number(), now);
        } else if (tag.chat() >= SOCKET_IO_BASE) {
            visitorSio.received(tag.chat() - SOCKET_IO_BASE, tag.number(), now);
        } else {
            visitorWs.received(tag.chat(), tag.number(), now);
        }
    }

    private Chat chat(int index) {
        return chats.stream().filter(c -> c.index() == index).findFirst().orElseThrow();
    }

    private AgentConsole claim(int i, String conversationId) {
        AgentConsole agent = agents.get(i % agents.size());
        if (!agent.claim(conversationId, Duration.ofSeconds(60))) {
            throw new IllegalStateException("chat " + conversationId + " was never queued for a claim");
        }
        return agent;
    }

    /** Closes the visitors and completes every chat, so no chat keeps holding an agent's capacity. */
    @Override
    public void close() {
        for (Chat chat : chats) {
            if (chat.ws() != null) {
                chat.ws().close();
            }
            if (chat.sio() != null) {
                chat.sio().close();
            }
            chat.agent().complete(chat.conversationId());
        }
        agents.forEach(AgentConsole::close);
    }
}
