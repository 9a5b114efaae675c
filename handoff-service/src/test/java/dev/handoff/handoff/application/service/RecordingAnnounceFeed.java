package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.out.AnnounceFeedPort;
import dev.handoff.shared.id.ConversationId;
import java.util.ArrayList;
import java.util.List;

/** Keeps which chats were announced: PostgreSQL's notification channel has nothing a test could read back. */
final class RecordingAnnounceFeed implements AnnounceFeedPort {
    final List<ConversationId> announced = new ArrayList<>();

    @Override
    public void entryAdded(ConversationId conversationId) {
        announced.add(conversationId);
    }

    @Override
    public void agentTyping(ConversationId conversationId, boolean typing) {
        announced.add(conversationId);
    }
}
