package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.shared.model.PresenceStatus;

/** A frame from a console, as understood; anything not understood is {@link Bad}. */
sealed interface ClientFrame {
    /** Are you there? Answered with a pong. */
    record Ping() implements ClientFrame {
    }

    /** Send me every kept frame after this seq. */
    record Resume(long afterSeq) implements ClientFrame {
    }

    /** I am ONLINE / AWAY. */
    record Status(PresenceStatus status) implements ClientFrame {
    }

    /** Not a frame we accept; answered with an error frame carrying {@code code}. */
    record Bad(String code, String detail) implements ClientFrame {
    }
}
