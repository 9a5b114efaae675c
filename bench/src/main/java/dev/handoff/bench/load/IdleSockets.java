package dev.handoff.bench.load;

import dev.handoff.bench.chat.JsonFrameListener;
import dev.handoff.bench.chat.Stack;
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

/**
 * Idle visitors on {@code /ws/visitor} that only ping: {@code {"type":"ping"}} is answered {@code {"type":"pong"}},
 * which carries no id, so each socket matches its pongs to its pings first in, first out.
 */
final class IdleSockets implements AutoCloseable {
    private final HttpClient http = HttpClient.newHttpClient();
    private final List<WebSocket> sockets = new ArrayList<>();
    private final List<Deque<Integer>> outstanding = new ArrayList<>();
    private final FlowLedger ledger = new FlowLedger("idle sockets: ping -> pong", true);

    /** Opens one socket per visitor token. */
    IdleSockets(Stack stack, List<String> visitorTokens) {
        for (int i = 0; i < visitorTokens.size(); i++) {
            int socket = i;
            Deque<Integer> pings = new ArrayDeque<>();
            outstanding.add(pings);
            // From sequence 0: the feed's replay has no pong, so it cannot be mistaken for one.
            URI uri = URI.create(stack.webSocketBase() + "/ws/visitor?token="
                    + URLEncoder.encode(visitorTokens.get(i), StandardCharsets.UTF_8) + "&after=0");
            sockets.add(http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(uri,
                    new JsonFrameListener(frame -> {
                        long now = System.nanoTime();
                        if (frame.path("type").asText().equals("pong")) {
                            Integer number;
                            synchronized (pings) {
                                number = pings.pollFirst();
                            }
                            ledger.received(socket, number == null ? 0 : number, now);
                        }
                    }, () -> { })).join());
        }
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
