package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.ChatSummary;
import java.util.List;

/** The Active chats tab: the chats the caller holds now, oldest assignment first. */
public interface ListActiveChatsUseCase {
    List<ChatSummary> activeChats(Actor actor);
}
