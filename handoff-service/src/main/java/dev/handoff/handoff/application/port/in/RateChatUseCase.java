package dev.handoff.handoff.application.port.in;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;

/** The visitor rates an ended chat from 1 to 5, once. */
public interface RateChatUseCase {
    /**
     * @throws RatingRefusedException if the chat is still open or was rated before
     */
    void rate(TenantId tenantId, ConversationId conversationId, int score, String comment);
}
