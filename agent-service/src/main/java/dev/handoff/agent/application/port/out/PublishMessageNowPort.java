package dev.handoff.agent.application.port.out;

import dev.handoff.shared.event.MessagePosted;

/**
 * Puts an agent's message on Kafka directly, not through the outbox: the send is answered only once the broker has
 * it, so whatever either side sends after that answer lands after it in the chat's partition (decision 0082).
 */
public interface PublishMessageNowPort {

    /** What is known about a message once the wait is over. */
    enum Delivery {
        /** All in-sync replicas have it. */
        STORED,
        /** Certainly not written: the broker was away, or the producer refused it before sending. */
        NOT_WRITTEN,
        /** Maybe written: no acknowledgement in time. */
        UNKNOWN
    }

    /**
     * Sends the message, carrying the console's {@code clientMessageId} for this service's consumer, and waits at most
     * the configured time for the broker's acknowledgement.
     */
    Delivery publishAndWait(MessagePosted message, String clientMessageId);
}
