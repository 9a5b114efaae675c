package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.PublishChatEventsPort;
import dev.handoff.shared.event.ConversationEvent;
import java.util.ArrayList;
import java.util.List;

/** What the chat use cases would have published, in order. */
final class InMemoryChatEvents implements PublishChatEventsPort {
    final List<ConversationEvent> published = new ArrayList<>();

    <T extends ConversationEvent> List<T> published(Class<T> type) {
        return published.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Override
    public void publish(ConversationEvent event) {
        published.add(event);
    }
}
