package dev.handoff.handoff.application.port.out;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.shared.id.ConversationId;
import java.util.Optional;

/** Reads a visitor-side conversation. */
public interface LoadConversationPort {
    Optional<Conversation> load(ConversationId id);

    /** Reads it and holds it until the transaction ends: changes to one chat happen one after another. */
    Optional<Conversation> loadForUpdate(ConversationId id);
}
