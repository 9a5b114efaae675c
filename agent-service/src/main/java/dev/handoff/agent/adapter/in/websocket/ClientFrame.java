package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.shared.model.PresenceStatus;

/** A frame from a console, as understood; anything not understood is {@link Bad}. */
sealed interface ClientFrame {
    /** Are you there? Answered with a pong. */
    record Ping() implements ClientFrame {}

    /** Send me every kept frame after this seq. */
    record Resume(long afterSeq) implements ClientFrame {}

    /** I am ONLINE / AWAY. */
    record Status(PresenceStatus status) implements ClientFrame {}

    /** Send this message in that chat: the REST send, over the socket the console already holds. */
    record Send(String conversationId, String clientMessageId, String text) implements ClientFrame {}

    /**
     * Not a frame we accept; answered with an error frame carrying {@code code}, and the send's
     * {@code clientMessageId} when a send was refused (null otherwise).
     */
    record Bad(String code, String detail, String clientMessageId) implements ClientFrame {
        Bad(String code, String detail) {
            this(code, detail, null);
        }
    }
}
