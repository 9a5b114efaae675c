package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.ConversationId;

/** An agent answered a message a visitor left (by e-mail, outside the platform) and marks it handled. */
public interface MarkOfflineMessageHandledUseCase {
    /**
     * Records who handled it and when.
     *
     * @throws OfflineMessageRefusedException not found (also another team's or tenant's), or handled already
     */
    OfflineMessage markHandled(AgentProfile agent, ConversationId conversationId);
}
