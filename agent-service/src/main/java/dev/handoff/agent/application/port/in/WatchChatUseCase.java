package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.shared.id.ConversationId;

/** A supervisor opens a chat of their tenant read-only: its messages and its end then reach them live. */
public interface WatchChatUseCase {
    /** Starts watching (instead of any other chat) and returns the chat as it is now. */
    ChatView watch(Actor supervisor, ConversationId conversationId);

    /** Stops watching; false if nothing was watched. */
    boolean stopWatching(Actor supervisor);
}
