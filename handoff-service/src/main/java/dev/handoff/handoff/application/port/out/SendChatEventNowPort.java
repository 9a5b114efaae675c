package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;

/** Puts visitor messages and signals on Kafka directly (not through the outbox): the visitor waits for it. */
public interface SendChatEventNowPort {

    /** What is known about a message once the wait is over. */
    enum Delivery {
        /** All in-sync replicas have it. */
        STORED,
        /** Certainly not written: it never reached the producer, or the producer rejected it before sending. */
        NOT_WRITTEN,
        /** Maybe written: no acknowledgement in time (it may still be in flight, or its acknowledgement was lost). */
        UNKNOWN
    }

    /** Sends the message and waits, at most the configured time, for the broker's acknowledgement. */
    Delivery sendAndWait(MessagePosted message);

    /** Fire and forget: typing may be dropped. */
    void send(Typing signal);
}
