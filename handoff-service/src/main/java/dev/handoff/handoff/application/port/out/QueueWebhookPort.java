package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.BotWebhookEvent;

/** Queues a bot webhook with the current transaction; it is delivered (and retried) after commit. */
public interface QueueWebhookPort {
    void queue(BotWebhookEvent event);
}
