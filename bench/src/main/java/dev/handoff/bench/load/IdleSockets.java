package dev.handoff.bench.load;

import dev.handoff.bench.chat.JsonFrameListener;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/**
 * Idle visitors on {@code /ws/visitor} that only ping: {@code {"type":"ping"}} is answered {@code {"type":"pong"}},
 * which carries no id, so each socket matches its pongs to its pings first in, first out.
 */
final class IdleSockets implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final List<Deque<Integer>> outstanding = new ArrayList<>();
    private final FlowLedger ledger = new FlowLedger("idle sockets: ping -> pong", true);
    private static final int OPENING = 64;

    /**
     * Opens {@code count} sockets at {@code base} (the gateway, or handoff-service itself), spread over the visitors'
     * tokens (a visitor may have several tabs open), at most {@link #OPENING} handshakes at a time.
     */
    IdleSockets(URI base, List<String> visitorTokens, int count) {
        Semaphore opening = new Semaphore(OPENING);
        List<CompletableFuture<WebSocket>> pending = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int socket = i;
            Deque<Integer> pings = new ArrayDeque<>();
            outstanding.add(pings);
            // From sequence 0: the feed's replay has no pong, so it cannot be mistaken for one.
            URI uri = URI.create(base + "/ws/visitor?token="
                    + URLEncoder.encode(visitorTokens.get(i % visitorTokens.size()), StandardCharsets.UTF_8)
                    + "&after=0");
            opening.acquireUninterruptibly();
            pending.add(http.newWebSocketBuilder()
                    .connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(
                            uri,
                            new JsonFrameListener(
                                    frame -> {
                                        long now = System.nanoTime();
                                        if (frame.path("type").asText().equals("pong")) {
                                            Integer number;
                                            synchronized (pings) {
                                                number = pings.pollFirst();
                                            }
                                            ledger.received(socket, number == null ? 0 : number, now);
                                        }
                                    },
                                    () -> {}))
                    .whenComplete((ws, e) -> opening.release()));
        }
        pending.forEach(p -> sockets.add(p.join()));
    }

    /** The pings sent and the pongs back so far. */
    FlowLedger ledger() {
        return ledger;
    }

    /** Pings at the settings' rate, spread over the sockets, and waits for the pongs. */
    FlowLedger run(FlowSettings s, Duration drain) throws InterruptedException {
        Schedule schedule = new Schedule(System.nanoTime(), s.rate(), s.duration());
        int n = sockets.size();
        for (int k = 0; k < schedule.count(); k++) {
            int socket = k % n;
            int number = k / n + 1;
            long due = schedule.awaitTurn(k);
            ledger.sent(socket, number, due);
            Deque<Integer> pings = outstanding.get(socket);
            synchronized (pings) {
                pings.addLast(number);
            }
            try {
                sockets.get(socket).sendText("{\"type\":\"ping\"}", true).join();
            } catch (RuntimeException e) {
                ledger.refused(socket, number); // the socket is gone: this ping cannot be answered
            }
        }
        ledger.awaitAll(drain);
        return ledger;
    }

    @Override
    public void close() {
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "bye"));
    }
}
