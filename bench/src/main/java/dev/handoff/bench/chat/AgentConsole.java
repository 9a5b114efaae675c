package dev.handoff.bench.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agent as the console works: REST to claim chats, send and read history, and the console socket {@code /ws/agent}
 * (a fresh ticket for every connection), resumed after the last frame it got whenever it went away.
 */
public final class AgentConsole implements AutoCloseable {
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);

    private final Stack stack;
    private final String token;
    private final Received received;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicInteger attempt = new AtomicInteger();
    private volatile long lastSeq;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private volatile int reconnects;
    private final Map<String, CompletableFuture<SendAnswer>> pendingSends = new ConcurrentHashMap<>();
    private volatile Received everyMessage = (tag, channel) -> {};

    /** Signs in and opens the console socket. */
    public AgentConsole(Stack stack, String user, String password, Received received) {
        this.stack = stack;
        this.token = stack.userToken(user, password);
        this.received = received;
        connect();
    }

    /** Claims a queued chat, retrying while routing has not queued it yet; false if someone else has it. */
    public boolean claim(String conversationId, Duration patience) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (System.nanoTime() < deadline) {
            Stack.Answer answer = stack.call("POST", "/api/v1/queue/" + conversationId + "/claim", token, null);
            if (answer.ok()) {
                return true;
            }
            if (answer.status() == 409 || answer.status() == 422) {
                throw new IllegalStateException("claim of " + conversationId + " refused: " + answer);
            }
            pause(Duration.ofMillis(200)); // 404 conversation-not-queued: routing has not consumed the handoff yet
        }
        return false;
    }

    /** Sends a message (the client message id makes a retry safe). */
    public SendAnswer send(String conversationId, String clientMessageId, String text) {
        Stack.Answer answer = stack.call(
                "POST",
                "/api/v1/agent/chats/" + conversationId + "/messages",
                token,
                Map.of("clientMessageId", clientMessageId, "text", text));
        if (answer.ok()) {
            return SendAnswer.STORED;
        }
        // 4xx: refused, nothing changed; anything else (5xx, no answer) may or may not have been stored.
        return new SendAnswer(
                answer.status() >= 400 && answer.status() < 500
                        ? SendAnswer.Kind.REFUSED
                        : answer.status() == 0 ? SendAnswer.Kind.NO_ANSWER : SendAnswer.Kind.UNKNOWN,
                answer.toString());
    }

    /**
     * Sends a message as a {@code send} frame on the console socket and waits for its {@code sent} (stored) or error
     * (refused) answer; no answer in time, or no socket, is unknown (a resend with the same id is safe). The answer is
     * matched by {@code clientMessageId} alone (error frames name no chat): it must be unique across the agent's chats.
     */
    public SendAnswer sendOverSocket(String conversationId, String clientMessageId, String text, Duration timeout) {
        WebSocket current = socket;
        if (current == null) {
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, "console socket not open");
        }
        CompletableFuture<SendAnswer> answer = new CompletableFuture<>();
        pendingSends.put(clientMessageId, answer);
        try {
            String frame = Stack.JSON.writeValueAsString(Map.of(
                    "type",
                    "send",
                    "conversationId",
                    conversationId,
                    "clientMessageId",
                    clientMessageId,
                    "text",
                    text));
            // The JDK socket allows one outstanding send: the chats' sender threads take turns.
            synchronized (this) {
                current.sendText(frame, true).join();
            }
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new SendAnswer(SendAnswer.Kind.UNKNOWN, "no answer within " + timeout);
        } catch (Exception e) {
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, e.toString());
        } finally {
            pendingSends.remove(clientMessageId);
        }
    }

    /** Marks the chat complete (the end of a run leaves no chat holding the agent's capacity). */
    public Stack.Answer complete(String conversationId) {
        return stack.call("POST", "/api/v1/agent/chats/" + conversationId + "/complete", token, null);
    }

    /** The texts of the chat's live messages, in the order agent-service stored them. */
    public List<String> history(String conversationId) {
        Stack.Answer answer = stack.call("GET", "/api/v1/agent/chats/" + conversationId, token, null);
        if (!answer.ok()) {
            throw new IllegalStateException("history of " + conversationId + ": " + answer);
        }
        List<String> texts = new ArrayList<>();
        for (JsonNode entry : answer.json().path("history")) {
            if (entry.path("source").asText().equals("live")) {
                texts.add(entry.path("text").asText());
            }
        }
        return texts;
    }

    /** Also reports every tagged message the console socket shows, the agent's own included: the console's order. */
    public void onEveryMessage(Received observer) {
        everyMessage = observer;
    }

    /** Whether the console socket is open now (frames before that reach it only through a resume). */
    public boolean connected() {
        return socket != null;
    }

    /** How often the socket had to be opened again. */
    public int reconnects() {
        return reconnects;
    }

    private void connect() {
        if (closed) {
            return;
        }
        int mine = attempt.incrementAndGet();
        Stack.Answer ticket = stack.call("POST", "/api/v1/agent/session-tickets", token, null);
        if (!ticket.ok()) {
            retryLater(mine);
            return;
        }
        URI uri = URI.create(stack.webSocketBase() + "/ws/agent?ticket="
                + URLEncoder.encode(ticket.json().path("ticket").asText(), StandardCharsets.UTF_8)
                + (lastSeq > 0 ? "&afterSeq=" + lastSeq : ""));
        http.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(3))
                .buildAsync(uri, new JsonFrameListener(this::onFrame, () -> retryLater(mine)))
                .whenComplete((ws, failure) -> {
                    if (failure != null) {
                        retryLater(mine);
                    } else {
                        socket = ws;
                    }
                });
    }

    private void retryLater(int endedAttempt) {
        if (closed || !attempt.compareAndSet(endedAttempt, endedAttempt + 1)) {
            return;
        }
        socket = null;
        reconnects++;
        CompletableFuture.delayedExecutor(RECONNECT_PAUSE.toMillis(), TimeUnit.MILLISECONDS)
                .execute(this::connect);
    }

    private void onFrame(JsonNode frame) {
        if (frame.has("seq")) {
            lastSeq = Math.max(lastSeq, frame.path("seq").asLong());
        }
        String type = frame.path("type").asText();
        if ((type.equals("sent") || type.equals("error")) && frame.has("clientMessageId")) {
            CompletableFuture<SendAnswer> waiting =
                    pendingSends.get(frame.path("clientMessageId").asText());
            if (waiting != null) {
                waiting.complete(
                        type.equals("sent")
                                ? SendAnswer.STORED
                                : new SendAnswer(SendAnswer.Kind.REFUSED, frame.toString()));
            }
        }
        if (frame.path("type").asText().equals("message")) {
            Optional<Tag> tagged = Tag.of(frame.path("text").asText());
            tagged.ifPresent(t -> everyMessage.received(t, "ws-agent"));
            // The agent's own messages come back for their other tabs: only the visitor's are news to the agent.
            tagged.filter(tag -> tag.direction() == Tag.Direction.VISITOR_TO_AGENT)
                    .ifPresent(tag -> received.received(tag, "ws-agent"));
        }
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        closed = true;
        WebSocket current = socket;
        if (current != null) {
            current.sendClose(WebSocket.NORMAL_CLOSURE, "bye");
        }
    }
}
