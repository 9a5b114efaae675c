package dev.handoff.handoffservice.adapter.in.socketio;

import dev.handoff.handoffservice.config.SocketIoConfig;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Engine.IO long-polling on {@code /socket.io/}: an async servlet, so a waiting poll holds no thread. POST bodies are
 * read here, within {@link SocketIoConfig#maxFrameBytes()}, before the engine sees them: the engine would trust
 * {@code Content-Length} and allocate whatever it says.
 */
@WebServlet(name = "socket-io-polling", urlPatterns = "/socket.io/*", asyncSupported = true)
public class SocketIoPollingServlet extends HttpServlet {
    @Inject
    SocketIoGateway gateway;

    @Inject
    SocketIoConfig config;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!config.enabled()) {
            refuse(response, HttpServletResponse.SC_NOT_FOUND, "socket-io-disabled",
                    "The Socket.IO endpoint is switched off.");
            return;
        }
        switch (request.getMethod().toUpperCase(Locale.ROOT)) {
            case "OPTIONS" -> preflight(request, response);
            case "POST" -> post(request, response);
            default -> get(request, response);
        }
    }

    /** A GET without a session is a handshake: its answer waits until the new session can be found by every replica. */
    private void get(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getParameter("sid") != null) {
            gateway.engine().handleRequest(request, response);
            return;
        }
        HeldHandshakeResponse held = new HeldHandshakeResponse(response);
        gateway.engine().handleRequest(request, held);
        held.release();
    }

    private void post(HttpServletRequest request, HttpServletResponse response) throws IOException {
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(response, HttpServletResponse.SC_LENGTH_REQUIRED, "length-required",
                    "A long-polling POST needs a Content-Length.");
            return;
        }
        if (length > config.maxFrameBytes()) {
            refuse(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "frame-too-large",
                    "A long-polling POST may carry at most " + config.maxFrameBytes() + " bytes.");
            return;
        }
        byte[] body = new byte[(int) length];
        int read = 0;
        try (InputStream in = request.getInputStream()) {
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    break;
                }
                read += n;
            }
        }
        if (read < body.length) {
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "truncated-body",
                    "The body ended before its Content-Length.");
            return;
        }
        try {
            gateway.engine().handleRequest(new BufferedBodyRequest(request, body), response);
        } catch (StackOverflowError e) {
            // JSON nested deep enough to exhaust the parser's stack: refuse the body, keep the worker thread
            refuse(response, HttpServletResponse.SC_BAD_REQUEST, "malformed-packet", "The packet could not be parsed.");
        }
    }

    /** Browsers ask first when a page adds headers of its own; answer for the origins the engine would serve. */
    private void preflight(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null && corsAllowed(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.setHeader("Access-Control-Allow-Methods", "GET,POST,OPTIONS");
            String requested = request.getHeader("Access-Control-Request-Headers");
            response.setHeader("Access-Control-Allow-Headers", requested != null ? requested : "origin, content-type, accept");
            response.setHeader("Access-Control-Max-Age", "600");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private boolean corsAllowed(String origin) {
        List<String> allowed = config.corsOrigins().orElse(null);
        return allowed == null || allowed.stream().anyMatch(origin::equalsIgnoreCase);
    }

    private static void refuse(HttpServletResponse response, int status, String code, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        // code and message are constants of ours: nothing from the request is echoed
        response.getWriter().write("{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}");
    }
}
