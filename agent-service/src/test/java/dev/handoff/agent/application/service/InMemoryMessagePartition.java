package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.RecordChatActivityUseCase;
import dev.handoff.agent.application.port.out.PublishMessageNowPort;
import dev.handoff.shared.event.MessagePosted;

/**
 * Agents' messages put on the chat's partition and consumed back at once, as the broker and this service's consumer
 * would: recorded with the other published events, then numbered by the activity use case. A scripted delivery
 * stands for a broker that is away or does not answer.
 */
final class InMemoryMessagePartition implements PublishMessageNowPort {
    private final InMemoryChatEvents events;
    private RecordChatActivityUseCase consumer;
    Delivery next = Delivery.STORED;

    InMemoryMessagePartition(InMemoryChatEvents events) {
        this.events = events;
    }

    void consumedBy(RecordChatActivityUseCase consumer) {
        this.consumer = consumer;
    }

    @Override
    public Delivery publishAndWait(MessagePosted message, String clientMessageId) {
        if (next == Delivery.NOT_WRITTEN) {
            return next;
        }
        events.publish(message);
        consumer.onMessagePosted(message, null, clientMessageId);
        return next;
    }
}
