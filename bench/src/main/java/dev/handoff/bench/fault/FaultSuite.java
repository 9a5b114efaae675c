package dev.handoff.bench.fault;

import com.fasterxml.jackson.databind.JsonNode;
import dev.handoff.bench.chat.AgentConsole;
import dev.handoff.bench.chat.Stack;
import dev.handoff.bench.chat.Tag;
import dev.handoff.bench.chat.Tag.Direction;
import dev.handoff.bench.chat.VisitorSocketIo;
import dev.handoff.bench.chat.VisitorWebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The fault-injection run against a running stack ({@code ./handoff up}): opens live chats in both directions over
 * {@code /ws/visitor}, Socket.IO and the agent console, then kills each configured component with SIGKILL and restarts
 * it, in turn, while the chats go on; at the end it reads every chat's stored history and judges every message.
 */
public final class FaultSuite {
    private static final String BOT = "demo-bot";
    private static final List<String> AGENTS = List.of("alice", "bob", "carol");
    /** The highest limit of chats per agent routing takes. */
    private static final int MAX_CHATS_PER_AGENT = 100;

    private static final Duration QUIET_FOR = Duration.ofMillis(1500);

    private final FaultSuiteConfig config;
    private final Stack stack = Stack.local();
    private final StackControl control;
    private final Ledger ledger = new Ledger();
    private final List<FaultOutcome> outcomes = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public FaultSuite(FaultSuiteConfig config) {
        this.config = config;
        this.control = new StackControl(config.projectRoot());
    }

    /** Runs everything and returns the report (also written as JSON and Markdown into the output directory). */
    public FaultReport run() throws Exception {
        Instant started = Instant.now();
        String supervisor = stack.userToken("carol", "carol");
        int perAgent = (config.chats() + AGENTS.size() - 1) / AGENTS.size();
        JsonNode limits =
                stack.call("GET", "/api/v1/routing/capacity", supervisor, null).json();
        int previousDefault = limits.path("defaultMaxChats").asInt(5);
        // A stack used before may still hold chats (a run stopped half-way, someone trying the console): the suite's
        // chats come on top of what an agent holds already.
        int held = 0;
        for (JsonNode agent : limits.path("agents")) {
            held = Math.max(held, agent.path("activeChats").asInt());
        }
        capacity(supervisor, Math.min(MAX_CHATS_PER_AGENT, Math.max(previousDefault, perAgent + held)));
        List<AgentConsole> agents = new ArrayList<>();
        List<ChatPair> chats = new ArrayList<>();
        try {
            for (String agent : AGENTS) {
                agents.add(new AgentConsole(stack, agent, agent, ledger));
            }
            String bot = stack.clientToken(BOT, "demo-bot-secret");
            for (int i = 0; i < config.chats(); i++) {
                chats.add(open(i, bot, agents.get(i % agents.size())));
            }
            chats.forEach(chat -> chat.start(config.interval()));
            pause(config.warmup());
            for (String component : config.faults()) {
                fault(component);
            }
            for (ChatPair chat : chats) {
                chat.stop();
            }
            awaitAllShown(Duration.ofSeconds(90));
            readHistories(chats, agents);
        } finally {
            chats.forEach(ChatPair::close);
            chats.forEach(chat -> agents.get(chat.index % agents.size()).complete(chat.conversationId));
            agents.forEach(AgentConsole::close);
            capacity(supervisor, previousDefault);
        }
        FaultReport report = new FaultReport(
                config,
                started,
                Instant.now(),
                outcomes,
                List.of(ledger.verdict(Direction.VISITOR_TO_AGENT), ledger.verdict(Direction.AGENT_TO_VISITOR)),
                ledger.messages(),
                notes);
        report.write(config.outputDir());
        return report;
    }

    private ChatPair open(int index, String bot, AgentConsole agent) {
        Stack.Answer handoff = stack.call(
                "POST",
                "/api/v1/bots/" + BOT + "/handoffs",
                bot,
                Map.of(
                        "visitor", Map.of("name", "Fault visitor " + index),
                        "botHistory", List.of(Map.of("sender", "user", "message", "I need a person"))));
        if (!handoff.ok()) {
            throw new IllegalStateException("handoff " + index + " failed: " + handoff);
        }
        String conversationId = handoff.json().path("conversationId").asText();
        String visitorToken = handoff.json().path("visitorToken").asText();
        if (!agent.claim(conversationId, Duration.ofSeconds(60))) {
            throw new IllegalStateException("chat " + conversationId + " was never queued for a claim");
        }
        boolean webSocket = index % 2 == 0;
        VisitorWebSocket ws =
                webSocket ? new VisitorWebSocket(stack.webSocketBase(), visitorToken, 0, ledger, "ws-visitor") : null;
        VisitorSocketIo sio = webSocket
                ? null
                : new VisitorSocketIo(config.socketIoClientDir(), stack.gateway(), conversationId, BOT, ledger);
        return new ChatPair(index, conversationId, visitorToken, agent, ws, sio, ledger);
    }

    private void fault(String component) {
        long downAt = ledger.now();
        control.kill(component);
        control.restart(component);
        long readyAt = ledger.now();
        pause(config.observe());
        long windowEnd = ledger.now();
        for (Direction direction : Direction.values()) {
            outcomes.add(FaultOutcome.of(component, downAt, readyAt, windowEnd, direction, ledger.messages()));
        }
        // The next fault starts from a steady state: what the last one held up has been shown.
        long settleUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!steady() && System.nanoTime() < settleUntil) {
            pause(Duration.ofMillis(200));
        }
        if (!steady()) {
            notes.add("after " + component + ": messages still held up after 60 s of settling");
        }
    }

    /** No acknowledged message waits longer than normal to be shown. */
    private boolean steady() {
        long now = ledger.now();
        return ledger.messages().stream()
                .noneMatch(
                        m -> m.ackedAt >= 0 && m.firstShownAt < 0 && now - m.sentAt > FaultOutcome.NORMAL_LATENCY_MS);
    }

    private void awaitAllShown(Duration patience) {
        long until = System.nanoTime() + patience.toNanos();
        while (!ledger.allAckedShown() && System.nanoTime() < until) {
            pause(Duration.ofMillis(200));
        }
    }

    private void readHistories(List<ChatPair> chats, List<AgentConsole> agents) {
        for (ChatPair chat : chats) {
            List<Integer> feed = new java.util.concurrent.CopyOnWriteArrayList<>();
            try (VisitorWebSocket replay = new VisitorWebSocket(
                    stack.webSocketBase(), chat.visitorToken, 0, (tag, channel) -> feed.add(tag.number()), "history")) {
                int seen = -1;
                while (seen != feed.size()) { // until the replay has been quiet for a while
                    seen = feed.size();
                    pause(QUIET_FOR);
                }
            }
            ledger.history(Direction.AGENT_TO_VISITOR, chat.index, feed);
            List<Integer> stored = agents.get(chat.index % agents.size()).history(chat.conversationId).stream()
                    .map(Tag::of)
                    .flatMap(java.util.Optional::stream)
                    .filter(tag -> tag.direction() == Direction.VISITOR_TO_AGENT)
                    .map(Tag::number)
                    .toList();
            ledger.history(Direction.VISITOR_TO_AGENT, chat.index, stored);
        }
    }

    /** The demo tenant's default limit of chats per agent: raised for the run, put back afterwards. */
    private void capacity(String supervisor, int defaultMaxChats) {
        Stack.Answer answer =
                stack.call("PUT", "/api/v1/routing/capacity", supervisor, Map.of("defaultMaxChats", defaultMaxChats));
        if (!answer.ok()) {
            throw new IllegalStateException("could not set the demo tenant's chats per agent: " + answer);
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
