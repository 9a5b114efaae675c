package dev.handoff.handoffservice.application.port.out;

import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;

/** Puts visitor messages and signals on Kafka directly (not through the outbox): the visitor waits for it. */
public interface SendChatEventNowPort {
    /** Returns once all in-sync replicas have the message. @throws RuntimeException if they did not in time */
    void sendAndWait(MessagePosted message);

    /** Fire and forget: typing may be dropped. */
    void send(Typing signal);
}
