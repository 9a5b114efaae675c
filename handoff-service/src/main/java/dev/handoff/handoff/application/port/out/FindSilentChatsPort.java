package dev.handoff.handoff.application.port.out;

import dev.handoff.shared.id.ConversationId;
import java.time.Instant;
import java.util.List;

/** Finds open chats silent for longer than their bot's inactivity timeout, oldest first. */
public interface FindSilentChatsPort {
    List<ConversationId> silentSince(Instant now, int limit);
}
