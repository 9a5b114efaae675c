package dev.handoff.bench.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A visitor on the native socket {@code /ws/visitor}: reconnects whenever the socket goes away, resuming after the last
 * feed sequence it got, and reports every tagged message of the feed.
 */
public final class VisitorWebSocket implements AutoCloseable {
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(250);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
    private final URI base;
    private final String token;
    private final Received received;
    private final String channel;
    private final Map<String, CompletableFuture<SendAnswer>> pending = new ConcurrentHashMap<>();
    private volatile WebSocket socket;
    private volatile long lastSequence;
    private volatile boolean closed;
    private volatile int reconnects;
    private final java.util.concurrent.atomic.AtomicInteger attempt = new java.util.concurrent.atomic.AtomicInteger();
    private volatile Received everyMessage = (tag, channel) -> {};

    /** Opens the socket (and keeps it open until {@link #close()}), replaying the feed after {@code afterSequence}. */
    public VisitorWebSocket(
            URI webSocketBase, String visitorToken, long afterSequence, Received received, String channel) {
        this.base = webSocketBase;
        this.token = visitorToken;
        this.received = received;
        this.channel = channel;
        this.lastSequence = afterSequence;
        connect();
    }

    /** Sends a message frame and waits for its {@code ack} or {@code error}, at most {@code timeout}. */
    public SendAnswer send(String clientMessageId, String text, Duration timeout) {
        WebSocket current = socket;
        if (current == null) {
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, "not connected");
        }
        CompletableFuture<SendAnswer> answer = new CompletableFuture<>();
        pending.put(clientMessageId, answer);
        try {
            String frame = Stack.JSON
                    .createObjectNode()
                    .put("type", "message")
                    .put("clientMessageId", clientMessageId)
                    .put("text", text)
                    .toString();
            current.sendText(frame, true).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, "interrupted");
        } catch (Exception e) {
            return new SendAnswer(SendAnswer.Kind.NO_ANSWER, e.toString());
        } finally {
            pending.remove(clientMessageId);
        }
    }

    /** Also reports every tagged message of the feed, the visitor's own included: the order the widget shows. */
    public void onEveryMessage(Received observer) {
        everyMessage = observer;
    }

    /** Whether the socket is open now (a send before that is answered "not connected"). */
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
        URI uri = URI.create(base + "/ws/visitor?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8) + "&after="
                + lastSequence);
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

    /** Only the current attempt's end starts another: a close and an error of one socket reconnect once. */
    private void retryLater(int endedAttempt) {
        if (!attempt.compareAndSet(endedAttempt, endedAttempt + 1)) {
            return;
        }
        socket = null;
        pending.values().forEach(p -> p.complete(new SendAnswer(SendAnswer.Kind.NO_ANSWER, "socket closed")));
        if (!closed) {
            reconnects++;
            CompletableFuture.delayedExecutor(RECONNECT_PAUSE.toMillis(), TimeUnit.MILLISECONDS)
                    .execute(this::connect);
        }
    }

    private void onFrame(JsonNode frame) {
        switch (frame.path("type").asText()) {
            case "message" -> {
                lastSequence = Math.max(lastSequence, frame.path("sequence").asLong());
                Optional<Tag> tagged = Tag.of(frame.path("text").asText());
                tagged.ifPresent(t -> everyMessage.received(t, channel));
                // The feed has the visitor's own messages too: only the agent's are news to the visitor.
                tagged.filter(tag -> tag.direction() == Tag.Direction.AGENT_TO_VISITOR)
                        .ifPresent(tag -> received.received(tag, channel));
            }
            case "queue", "assigned", "waiting", "ended", "expired" ->
                lastSequence = Math.max(lastSequence, frame.path("sequence").asLong());
            case "ack" -> complete(frame.path("clientMessageId").asText(), SendAnswer.STORED);
            case "error" ->
                complete(
                        frame.path("clientMessageId").asText(),
                        new SendAnswer(
                                frame.path("code").asText().equals("not-stored")
                                        ? SendAnswer.Kind.REFUSED
                                        : SendAnswer.Kind.UNKNOWN,
                                frame.path("code").asText() + ": "
                                        + frame.path("detail").asText()));
            default -> {}
        }
    }

    private void complete(String clientMessageId, SendAnswer answer) {
        CompletableFuture<SendAnswer> waiting = pending.get(clientMessageId);
        if (waiting != null) {
            waiting.complete(answer);
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
