package dev.handoff.bench.chat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.WebSocket;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/** Hands each whole JSON text frame of a socket to {@code onFrame}, and its end (close or error) to {@code onEnd}. */
final class JsonFrameListener implements WebSocket.Listener {
    private final StringBuilder text = new StringBuilder();
    private final Consumer<JsonNode> onFrame;
    private final Runnable onEnd;

    JsonFrameListener(Consumer<JsonNode> onFrame, Runnable onEnd) {
        this.onFrame = onFrame;
        this.onEnd = onEnd;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
            JsonNode frame;
            try {
                frame = Stack.JSON.readTree(text.toString());
            } catch (Exception e) {
                frame = null; // not JSON: nothing a driver acts on
            }
            text.setLength(0);
            if (frame != null) {
                onFrame.accept(frame);
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        onEnd.run();
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        onEnd.run();
    }
}
