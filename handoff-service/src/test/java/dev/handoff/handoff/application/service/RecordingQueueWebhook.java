package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps the webhooks the use cases queue, in order. */
final class RecordingQueueWebhook implements QueueWebhookPort {
    final List<BotWebhookEvent> queued = new ArrayList<>();

    @Override
    public void queue(BotWebhookEvent event) {
        queued.add(event);
    }
}
