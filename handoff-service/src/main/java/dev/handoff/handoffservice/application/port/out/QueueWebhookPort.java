package dev.handoff.handoffservice.application.port.out;

import dev.handoff.handoffservice.domain.model.BotWebhookEvent;

/** Queues a bot webhook with the current transaction; it is delivered (and retried) after commit. */
public interface QueueWebhookPort {
    void queue(BotWebhookEvent event);
}
