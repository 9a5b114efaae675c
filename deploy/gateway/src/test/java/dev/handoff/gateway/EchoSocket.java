package dev.handoff.gateway;

import java.net.URI;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A WebSocket through the gateway to a {@link StubUpstream}, whose echoed replies are awaited one by one. */
record EchoSocket(WebSocket socket, BlockingQueue<String> replies) {

    static EchoSocket open(StubbedStack stack, String uri) throws Exception {
        BlockingQueue<String> replies = new LinkedBlockingQueue<>();
        WebSocket socket = stack.http
                .newWebSocketBuilder()
                .buildAsync(URI.create("ws://localhost:" + stack.gateway.port() + uri), new WebSocket.Listener() {
                    private final StringBuilder text = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
                        text.append(data);
                        if (last) {
                            replies.add(text.toString());
                            text.setLength(0);
                        }
                        ws.request(1);
                        return null;
                    }
                })
                .get(10, TimeUnit.SECONDS);
        return new EchoSocket(socket, replies);
    }

    /** Sends {@code text} and returns the next reply, or null after 10 s without one. */
    String roundTrip(String text) throws Exception {
        socket.sendText(text, true).get(10, TimeUnit.SECONDS);
        return replies.poll(10, TimeUnit.SECONDS);
    }

    void close() throws Exception {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").get(10, TimeUnit.SECONDS);
    }
}
