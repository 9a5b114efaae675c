package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.config.SocketIoConfig;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemJson;
import dev.handoff.runtime.problem.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Engine.IO long-polling on {@code /socket.io/}: an async servlet, so a waiting poll holds no thread. Everything the
 * engine would refuse with its own JSON, an HTML error page or a 500 is refused here first, as a problem
 * (docs/api-errors.md): the query ({@link EngineIoQuery}), unknown or upgraded sessions, a second waiting poll
 * ({@link EngineSessions}), and POST bodies, which are read within {@link SocketIoConfig#maxFrameBytes()} (the engine
 * would trust {@code Content-Length} and allocate whatever it says) and checked against the payload format
 * ({@link EngineIoPayloads}). The engine never answers this endpoint with a 5xx.
 */
@WebServlet(name = "socket-io-polling", urlPatterns = "/socket.io/*", asyncSupported = true)
public class SocketIoPollingServlet extends HttpServlet {
    private static final Logger LOG = Logger.getLogger(SocketIoPollingServlet.class);

    @Inject
    SocketIoGateway gateway;

    @Inject
    SocketIoConfig config;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!config.enabled()) {
            refuse(
                    response,
                    Problem.of(
                            404,
                            "socket-io-disabled",
                            "Socket.IO disabled",
                            "The Socket.IO endpoint is switched off."));
            return;
        }
        if (request.getPathInfo() != null && !"/".equals(request.getPathInfo())) {
            refuse(response, Problems.notFound());
            return;
        }
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        if ("OPTIONS".equals(method)) {
            preflight(request, response);
            return;
        }
        EngineIoQuery.Result parsed = EngineIoQuery.parse(request.getQueryString(), EngineIoQuery.POLLING);
        if (parsed.refusal().isPresent()) {
            refuse(response, parsed.refusal().get());
            return;
        }
        EngineIoQuery query = parsed.query().orElseThrow();
        Optional<EngineSessions.Session> session = gateway.sessions().find(query.sid());
        if (query.sid() != null && session.isEmpty()) {
            refuse(
                    response,
                    EngineIoQuery.problem(
                            "unknown-session",
                            "Unknown session",
                            "No Engine.IO session with this sid is open here; connect again without a sid."));
        } else if (session.isPresent() && session.get().upgraded()) {
            refuse(
                    response,
                    EngineIoQuery.problem(
                            "session-upgraded",
                            "Session upgraded",
                            "This session moved to WebSocket; it takes no more long-polling requests."));
        } else if ("POST".equals(method)) {
            post(request, response, query, session.isPresent());
        } else if (session.isPresent()) {
            poll(request, response, session.get());
        } else {
            handshake(request, response);
        }
    }

    /** A handshake's answer waits until the new session can be found by every replica (SessionOwnerRoute). */
    private void handshake(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HeldHandshakeResponse held = new HeldHandshakeResponse(response);
        handOver(request, held);
        held.release();
    }

    /** A long-poll: one at a time per session; it ends when the engine closes its answer. */
    private void poll(HttpServletRequest request, HttpServletResponse response, EngineSessions.Session session)
            throws IOException {
        if (!session.startPoll()) {
            refuse(
                    response,
                    EngineIoQuery.problem(
                            "poll-overlap",
                            "Poll already waiting",
                            "Another long-poll of this session is waiting; send the next one when it has been answered."));
            return;
        }
        try {
            handOver(request, new PollEndingResponse(response, session::endPoll));
        } finally {
            if (!request.isAsyncStarted()) {
                session.endPoll();
            }
        }
    }

    private void post(HttpServletRequest request, HttpServletResponse response, EngineIoQuery query, boolean known)
            throws IOException {
        if (!known) {
            refuse(
                    response,
                    EngineIoQuery.problem(
                            "handshake-needs-get",
                            "Handshake needs GET",
                            "A session starts with a GET without sid; POST only to an open session."));
            return;
        }
        long length = request.getContentLengthLong();
        if (length < 0) {
            refuse(response, Problems.lengthRequired());
            return;
        }
        if (length > config.maxFrameBytes()) {
            refuse(
                    response,
                    Problem.of(
                            413,
                            "frame-too-large",
                            "Payload too large",
                            "A long-polling POST may carry at most " + config.maxFrameBytes() + " bytes."));
            return;
        }
        byte[] body = read(request, (int) length);
        if (body == null) {
            refuse(response, Problems.badRequest("The body ended before its Content-Length."));
            return;
        }
        Optional<String> malformed = text(body)
                .map(payload -> EngineIoPayloads.problem(payload, query.version()))
                .orElse(Optional.of("An Engine.IO payload is UTF-8 text."));
        if (malformed.isPresent()) {
            refuse(response, EngineIoQuery.problem("malformed-packet", "Malformed packet", malformed.get()));
            return;
        }
        handOver(new BufferedBodyRequest(request, body), response);
    }

    /** The engine takes over; anything it throws is the client's packet, answered 400 while nothing was sent yet. */
    private void handOver(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            gateway.engine().handleRequest(request, response);
        } catch (RuntimeException | StackOverflowError e) {
            // JSON nested deep enough to exhaust the parser's stack, or a packet the socket layer cannot take
            LOG.debugf("Engine.IO refused a request: %s", e.toString());
            if (!response.isCommitted()) {
                response.resetBuffer();
                refuse(
                        response,
                        EngineIoQuery.problem(
                                "malformed-packet", "Malformed packet", "The packet could not be parsed."));
            }
        }
    }

    /** Browsers ask first when a page adds headers of its own; answer for the origins the engine would serve. */
    private void preflight(HttpServletRequest request, HttpServletResponse response) {
        String origin = request.getHeader("Origin");
        if (origin != null && corsAllowed(origin)) {
            response.setHeader("Access-Control-Allow-Origin", origin);
            response.setHeader("Access-Control-Allow-Credentials", "true");
            response.setHeader("Access-Control-Allow-Methods", "GET,POST,OPTIONS");
            response.setHeader("Access-Control-Allow-Headers", "origin, content-type, accept");
            response.setHeader("Access-Control-Max-Age", "600");
        }
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private boolean corsAllowed(String origin) {
        List<String> allowed = config.corsOrigins().orElse(null);
        return allowed == null || allowed.stream().anyMatch(origin::equalsIgnoreCase);
    }

    private static byte[] read(HttpServletRequest request, int length) throws IOException {
        byte[] body = new byte[length];
        int read = 0;
        try (InputStream in = request.getInputStream()) {
            while (read < body.length) {
                int n = in.read(body, read, body.length - read);
                if (n < 0) {
                    return null;
                }
                read += n;
            }
        }
        return body;
    }

    private static Optional<String> text(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body))
                    .toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    private static void refuse(HttpServletResponse response, Problem problem) throws IOException {
        response.setStatus(problem.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(ProblemJson.write(problem.withInstance("/socket.io/")));
    }
}
