package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.shared.id.ConversationId;

/** Waits, bounded, until a chat the caller may just have claimed in routing has reached this service's view. */
public interface AwaitClaimedChatUseCase {
    /**
     * True once the actor holds the chat here; false at once when it cannot become theirs by an assignment still
     * on its way (held by another, ended, another tenant's), or when the bound passed first.
     */
    boolean awaitHolding(Actor actor, ConversationId id);
}
