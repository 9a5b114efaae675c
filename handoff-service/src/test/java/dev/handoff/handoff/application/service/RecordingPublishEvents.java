package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.PublishConversationEventPort;
import dev.handoff.shared.event.IntegrationEvent;
import java.util.ArrayList;
import java.util.List;

/** Keeps the events the use cases publish, in order, where the outbox would. */
final class RecordingPublishEvents implements PublishConversationEventPort {
    final List<IntegrationEvent> published = new ArrayList<>();

    @Override
    public void publish(IntegrationEvent event) {
        published.add(event);
    }
}
