package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.application.port.in.VisitorAccessDeniedException;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.runtime.limit.TokenBucket;
import dev.handoff.runtime.socket.SerialWorker;
import io.socket.socketio.server.SocketIoSocket;
import io.socket.socketio.server.SocketIoSocket.ReceivedByLocalAcknowledgementCallback;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.Logger;
import org.json.JSONObject;

/**
 * One Socket.IO client on {@code /live_agent} or {@code /}: checks each event against the rate limit, hands it to
 * {@link VisitorProtocol} on the socket's own {@link SerialWorker} (off the event loop, in order), and turns every
 * refusal into a {@code handoff_error} so that nothing is dropped without the client being told.
 */
final class VisitorSocket {
    private static final Logger LOG = Logger.getLogger(VisitorSocket.class);
    private static final int MAX_ECHOED_NAME = 64;
    private static final String NO_AGENT = "No agent is available right now. Please try again later.";
    private final SocketIoSocket socket;
    private final TokenBucket rateLimit;
    private final SerialWorker worker;
    private final VisitorProtocol protocol;

    VisitorSocket(
            SocketIoSocket socket, VisitorPorts ports, Payloads payloads, TokenBucket rateLimit, SerialWorker worker) {
        this.socket = socket;
        this.rateLimit = rateLimit;
        this.worker = worker;
        this.protocol = new VisitorProtocol(this, ports, payloads, origin(socket.getInitialHeaders()));
    }

    /** Starts listening and greets the client as the Botlhale server does. */
    void start() {
        socket.on("disconnect", args -> {
            // a client may send an event named "disconnect" too; only a real one has cleared the flag
            if (!socket.isConnected()) {
                protocol.disconnected();
                worker.submitAlways(protocol::close);
            }
        });
        socket.registerAllEventListener(this::onEvent);
        emit(EventNames.START_CONVERSATION);
    }

    private void onEvent(String event, Object... args) {
        ReceivedByLocalAcknowledgementCallback ack =
                args.length > 0 && args[args.length - 1] instanceof ReceivedByLocalAcknowledgementCallback callback
                        ? callback
                        : null;
        Object payload = args.length > 0 && args[0] != ack ? args[0] : null;
        if (!rateLimit.tryTake(Instant.now())) {
            reject(event, ack, ErrorCode.RATE_LIMITED, "more than the allowed events per second; slow down");
        } else if (!worker.submit(() -> handle(event, payload, ack))) {
            reject(event, ack, ErrorCode.OVERLOADED, "too many events are still waiting; send this one again");
        }
    }

    private void handle(String event, Object payload, ReceivedByLocalAcknowledgementCallback ack) {
        try {
            protocol.handle(event, payload, ack);
        } catch (RejectedEvent e) {
            reject(event, ack, e.code(), e.getMessage());
        } catch (VisitorAccessDeniedException e) {
            reject(event, ack, ErrorCode.of(e.reason()), e.getMessage());
            endChat();
        } catch (UnknownConversationException e) {
            reject(event, ack, ErrorCode.UNKNOWN_CONVERSATION, e.getMessage());
            endChat();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Socket.IO event %s of socket %s failed", event, socket.getId());
            reject(event, ack, ErrorCode.INTERNAL_ERROR, "the event could not be handled; try again later");
        }
    }

    /** Tells the client why its event was turned down: a {@code handoff_error}, and the ack if it asked for one. */
    void reject(String event, ReceivedByLocalAcknowledgementCallback ack, ErrorCode code, String message) {
        // the name is the client's own text: echo no more of it than a real event name needs
        String named = event.length() > MAX_ECHOED_NAME ? event.substring(0, MAX_ECHOED_NAME) : event;
        LOG.debugf("Socket.IO %s: %s refused with %s: %s", socket.getId(), named, code.wire(), message);
        JSONObject error = new JSONObject()
                .put("code", code.wire())
                .put("message", message)
                .put("event", named);
        emit(EventNames.HANDOFF_ERROR, error);
        if (ack != null) {
            ack.sendAcknowledgement(new JSONObject().put("error", error));
        }
    }

    void emit(String event, Object... args) {
        if (socket.isConnected()) {
            socket.send(event, args);
        }
    }

    /** No human now: the offline message as {@code to_user} (what a Botlhale widget shows), then back to the bot. */
    void handoffUnavailable(Availability availability) {
        String offline = availability.offlineMessage() == null
                        || availability.offlineMessage().isBlank()
                ? NO_AGENT
                : availability.offlineMessage();
        emit(EventNames.TO_USER, new JSONObject().put("message", offline));
        emit(
                EventNames.HANDOFF_UNAVAILABLE,
                new JSONObject()
                        .put("reason", availability.reason().name().toLowerCase(Locale.ROOT))
                        .put("offlineMessage", offline)
                        .putOpt(
                                "nextOpening",
                                availability.nextOpening() == null
                                        ? null
                                        : availability.nextOpening().toString()));
        endChat();
    }

    /** Tells a Botlhale client to go back to the bot ({@code disconnect_socket}) and closes our side too. */
    void endChat() {
        emit(EventNames.DISCONNECT_SOCKET, new JSONObject());
        // Only this namespace: the client's other namespaces on the same connection stay up.
        socket.disconnect(false);
    }

    String id() {
        return socket.getId();
    }

    boolean connected() {
        return socket.isConnected();
    }

    private static String origin(Map<String, List<String>> headers) {
        if (headers == null) {
            return null;
        }
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            if ("origin".equalsIgnoreCase(header.getKey())
                    && header.getValue() != null
                    && !header.getValue().isEmpty()) {
                return header.getValue().get(0);
            }
        }
        return null;
    }
}
