package dev.handoff.runtime.socket;

import io.quarkus.vertx.http.HttpServerOptionsCustomizer;
import io.vertx.core.http.HttpServerOptions;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Refuses the WebSocket compression extensions (RFC 7692) that every browser offers. A deflate context per socket is
 * native memory no Java limit bounds (about 300 KiB each way with the default window), which made 10,000 visitor
 * sockets cost gigabytes, and chat frames are a few hundred bytes that gain little from it. Socket.IO's own server
 * turned it off by default for the same reason. Applies to every socket of the service, websockets-next endpoints
 * and the Socket.IO route alike (see decision 0050). websockets-next sets the per-message option from its own
 * property too, in no fixed order with this one, so the services also set that property to false.
 */
@ApplicationScoped
public class NoWebSocketCompression implements HttpServerOptionsCustomizer {

    @Override
    public void customizeHttpServer(HttpServerOptions options) {
        refuse(options);
    }

    @Override
    public void customizeHttpsServer(HttpServerOptions options) {
        refuse(options);
    }

    private static void refuse(HttpServerOptions options) {
        options.setPerMessageWebSocketCompressionSupported(false);
        options.setPerFrameWebSocketCompressionSupported(false);
    }
}
