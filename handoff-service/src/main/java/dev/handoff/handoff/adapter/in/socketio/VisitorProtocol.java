package dev.handoff.handoff.adapter.in.socketio;

import dev.handoff.handoff.application.port.in.ChatNotOpenException;
import dev.handoff.handoff.application.port.in.HandoffUnavailableException;
import dev.handoff.handoff.application.port.in.JoinByConversationCommand;
import dev.handoff.handoff.application.port.in.LeaveMessageCommand;
import dev.handoff.handoff.application.port.in.LeaveMessageRefusedException;
import dev.handoff.handoff.application.port.in.MessageNotStoredException;
import dev.handoff.handoff.application.port.in.MessageOutcomeUnknownException;
import dev.handoff.handoff.application.port.in.NoEndProposalException;
import dev.handoff.handoff.application.port.in.PostVisitorMessageCommand;
import dev.handoff.handoff.application.port.in.PostedVisitorMessage;
import dev.handoff.handoff.application.port.in.RatingRefusedException;
import dev.handoff.handoff.application.port.in.StartByConversationCommand;
import dev.handoff.handoff.application.port.in.VisitorChat;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedCommand;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase.FeedSubscription;
import dev.handoff.runtime.socket.SerialWorker;
import io.socket.socketio.server.SocketIoSocket.ReceivedByLocalAcknowledgementCallback;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.json.JSONObject;

/**
 * The Botlhale live-chat conversation of one socket: {@code username} joins (or asks for the bot history with
 * {@code messages}), {@code messages_to_client} hands off, {@code from_user} posts. Runs only on the socket's
 * {@link SerialWorker}, so its state needs no locks.
 */
final class VisitorProtocol {
    private final VisitorSocket socket;
    private final VisitorPorts ports;
    private final Payloads payloads;
    private final String origin;
    private JoinByConversationCommand pending;
    private VisitorChat chat;
    // volatile: closed from the transport's thread as soon as the socket goes (see disconnected())
    private volatile FeedSubscription subscription;
    private volatile boolean gone;

    VisitorProtocol(VisitorSocket socket, VisitorPorts ports, Payloads payloads, String origin) {
        this.socket = socket;
        this.ports = ports;
        this.payloads = payloads;
        this.origin = origin;
    }

    void handle(String event, Object payload, ReceivedByLocalAcknowledgementCallback ack) {
        switch (event) {
            case EventNames.USERNAME -> username(payloads.username(payload));
            case EventNames.MESSAGES_TO_CLIENT -> history(payloads.history(payload));
            case EventNames.FROM_USER -> fromUser(payloads.fromUser(payload), ack);
            case EventNames.TYPING -> typing(payloads.typing(payload));
            case EventNames.END_CHAT, EventNames.LIVECHAT_SESSION_END -> end();
            case EventNames.RATE_CHAT -> rate(payloads.rating(payload));
            case EventNames.CONFIRM_END -> confirmEnd();
            case EventNames.LEAVE_MESSAGE -> leaveMessage(payloads.leftMessage(payload));
            default -> throw new RejectedEvent(ErrorCode.UNKNOWN_EVENT, "this event is not part of the protocol");
        }
    }

    /**
     * The socket is gone: stop the feed at once, from whatever thread noticed, so that no entry is handed to a
     * dead socket (and counted as delivered) while queued events finish. Closing a subscription does not block.
     */
    void disconnected() {
        gone = true;
        closeSubscription();
    }

    /** Last task of the socket's worker: drops the chat state, and a watch started after the socket went. */
    void close() {
        pending = null;
        chat = null;
        closeSubscription();
    }

    private void closeSubscription() {
        FeedSubscription current = subscription;
        if (current != null) {
            current.close();
        }
    }

    private void username(Payloads.Username wanted) {
        if (chat != null) {
            if (chat.conversationId().equals(wanted.conversationId())
                    && chat.botId().equals(wanted.botId())) {
                return; // the same username again: already following that chat
            }
            throw alreadyJoined();
        }
        if (pending != null
                && !(pending.conversationId().equals(wanted.conversationId())
                        && pending.botId().equals(wanted.botId()))) {
            // one conversation per socket, also while its handoff waits for messages_to_client
            throw alreadyJoined();
        }
        JoinByConversationCommand join = new JoinByConversationCommand(wanted.botId(), wanted.conversationId(), origin);
        Optional<VisitorChat> open = ports.open().byConversation(join);
        if (open.isPresent()) {
            admit(open.get());
        } else {
            pending = join;
            socket.emit(
                    EventNames.MESSAGES,
                    new JSONObject()
                            .put("ConversationID", join.conversationId().value())
                            .put("BotID", join.botId().value()));
        }
    }

    private void history(Payloads.History history) {
        if (chat != null) {
            throw new RejectedEvent(ErrorCode.ALREADY_JOINED, "the live chat has already started");
        }
        if (pending == null) {
            throw new RejectedEvent(ErrorCode.NOT_JOINED, "send username before messages_to_client");
        }
        if (!pending.botId().equals(history.botId())) {
            throw new RejectedEvent(ErrorCode.CONVERSATION_MISMATCH, "bot_id is not the BotID sent with username");
        }
        try {
            admit(ports.open().startByConversation(new StartByConversationCommand(pending, history.entries())));
        } catch (HandoffUnavailableException e) {
            pending = null;
            socket.handoffUnavailable(e.availability());
        }
    }

    private void admit(VisitorChat found) {
        pending = null;
        if (!found.status().isActive()) {
            socket.endChat();
            return;
        }
        chat = found;
        socket.emit(
                EventNames.CHAT_JOINED,
                new JSONObject()
                        .put("ConversationID", found.conversationId().value())
                        .put("BotID", found.botId().value())
                        .put("status", found.status().name().toLowerCase(Locale.ROOT)));
        subscription = ports.watch()
                .watch(
                        new WatchVisitorFeedCommand(
                                found.tenantId(), found.conversationId(), found.deliveredSequence(), true),
                        new FeedForwarder(socket));
        if (gone) {
            closeSubscription();
        }
    }

    private void fromUser(Payloads.FromUser message, ReceivedByLocalAcknowledgementCallback ack) {
        VisitorChat joined = joined();
        if (!joined.conversationId().equals(message.conversationId())
                || !joined.botId().equals(message.botId())) {
            throw new RejectedEvent(
                    ErrorCode.CONVERSATION_MISMATCH,
                    "ConversationID and BotID must be those this socket joined with username");
        }
        // A client that names its message (an extension) may resend it safely; a Botlhale client gets a fresh id.
        String clientMessageId =
                message.clientMessageId() != null ? message.clientMessageId() : "sio-" + UUID.randomUUID();
        PostedVisitorMessage posted;
        try {
            posted = ports.post()
                    .post(new PostVisitorMessageCommand(
                            joined.tenantId(), joined.conversationId(), clientMessageId, message.message()));
        } catch (ChatNotOpenException e) {
            socket.reject(EventNames.FROM_USER, ack, ErrorCode.CHAT_ENDED, e.getMessage());
            socket.endChat();
            return;
        } catch (MessageNotStoredException e) {
            throw new RejectedEvent(ErrorCode.MESSAGE_NOT_STORED, e.getMessage());
        } catch (MessageOutcomeUnknownException e) {
            throw new RejectedEvent(ErrorCode.MESSAGE_OUTCOME_UNKNOWN, e.getMessage());
        }
        if (ack != null) {
            ack.sendAcknowledgement(
                    new JSONObject().put("messageId", posted.messageId().value()));
        }
    }

    private void typing(boolean typing) {
        VisitorChat joined = joined();
        ports.typing().typing(joined.tenantId(), joined.conversationId(), typing);
    }

    private void end() {
        VisitorChat joined = joined();
        // The feed then brings Ended(ENDED_BY_VISITOR): the end message and disconnect_socket go out from there.
        ports.end().end(joined.tenantId(), joined.conversationId());
    }

    /** The visitor clicked the end button of the agent's proposal. */
    private void confirmEnd() {
        VisitorChat joined = joined();
        try {
            // as for end_chat, the feed then brings the end message, chat_ended and disconnect_socket
            ports.confirmEnd().accept(joined.tenantId(), joined.conversationId());
        } catch (NoEndProposalException e) {
            throw new RejectedEvent(ErrorCode.NO_END_PROPOSAL, e.getMessage());
        } catch (ChatNotOpenException e) {
            throw new RejectedEvent(ErrorCode.CHAT_ENDED, e.getMessage());
        }
    }

    /** The waiting visitor leaves a message instead of waiting; the feed then confirms it and ends the chat. */
    private void leaveMessage(Payloads.LeftMessage left) {
        VisitorChat joined = joined();
        if (!joined.conversationId().equals(left.conversationId())
                || !joined.botId().equals(left.botId())) {
            throw new RejectedEvent(
                    ErrorCode.CONVERSATION_MISMATCH,
                    "ConversationID and BotID must be those this socket joined with username");
        }
        try {
            ports.leave()
                    .leave(new LeaveMessageCommand(
                            joined.tenantId(), joined.conversationId(), left.name(), left.email(), left.message()));
        } catch (LeaveMessageRefusedException e) {
            throw new RejectedEvent(
                    ErrorCode.valueOf(e.code().toUpperCase(Locale.ROOT).replace('-', '_')), e.getMessage());
        }
    }

    private static RejectedEvent alreadyJoined() {
        return new RejectedEvent(
                ErrorCode.ALREADY_JOINED,
                "this socket already follows another conversation; open a new connection for this one");
    }

    /**
     * The server disconnects a chat's socket when it ends, so a rating comes on a socket of its own (or any socket):
     * it names the chat as {@code username} does, with the same checks (bot, origin), and needs no join.
     */
    private void rate(Payloads.Rating rating) {
        JoinByConversationCommand named =
                new JoinByConversationCommand(rating.botId(), rating.conversationId(), origin);
        VisitorChat rated = ports.open()
                .byConversation(named)
                .orElseThrow(() -> new RejectedEvent(
                        ErrorCode.UNKNOWN_CONVERSATION, "no chat with this ConversationID and BotID"));
        try {
            ports.rate().rate(rated.tenantId(), rated.conversationId(), rating.score(), rating.comment());
        } catch (RatingRefusedException e) {
            throw new RejectedEvent(
                    "already-rated".equals(e.code()) ? ErrorCode.ALREADY_RATED : ErrorCode.CHAT_OPEN, e.getMessage());
        }
        socket.emit(
                EventNames.RATED,
                new JSONObject()
                        .put("ConversationID", rated.conversationId().value())
                        .put("score", rating.score()));
    }

    private VisitorChat joined() {
        if (chat == null) {
            throw new RejectedEvent(ErrorCode.NOT_JOINED, "join a chat with username first");
        }
        return chat;
    }
}
