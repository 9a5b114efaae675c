package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;

/**
 * One chat's new messages of a batch, as the chat's fact and search text take them.
 *
 * @param visitor how many visitor messages
 * @param agent how many agent messages
 * @param firstAt the earliest visitor or agent message, null if there is none (bot and system lines only)
 * @param firstAgentAt the earliest agent message, null without one
 * @param words every message's text and translation, one a line
 */
public record ChatMessages(
        TenantId tenant,
        ConversationId conversation,
        int visitor,
        int agent,
        Instant firstAt,
        Instant firstAgentAt,
        String words) {
    /** Whether the fact counts any of them: bot and system lines are transcript only. */
    public boolean counted() {
        return firstAt != null;
    }
}
