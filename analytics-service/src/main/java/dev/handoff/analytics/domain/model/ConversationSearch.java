package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Objects;

/**
 * Which chats to list, newest first. Every filter but the tenant and period may be null.
 *
 * @param outcome only chats an agent took, nobody took before they ended, or whose visitor left a message
 * @param text words that must all occur in the chat (bot history, messages, translations, rating comment)
 * @param after continue after this chat of the previous page
 */
public record ConversationSearch(
        TenantId tenantId,
        Instant from,
        Instant to,
        String bot,
        String team,
        String agent,
        String channel,
        String language,
        Integer rating,
        OutcomeFilter outcome,
        String text,
        int limit,
        Cursor after) {
    public static final int MAX_LIMIT = 200;

    public ConversationSearch {
        Objects.requireNonNull(tenantId, "tenantId");
        new Period(from, to);
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidSearchException("limit must be 1 to " + MAX_LIMIT);
        }
        if (rating != null && (rating < 1 || rating > 5)) {
            throw new InvalidSearchException("rating must be 1 to 5");
        }
        if (text != null && text.length() > 200) {
            throw new InvalidSearchException("text may be at most 200 characters long");
        }
    }

    /** How the listed chats went. */
    public enum OutcomeFilter {
        /** An agent took them. */
        ACCEPTED,
        /** Nobody took them before they ended (the visitor left, with or without a message, or they expired). */
        ABANDONED,
        /** Nobody was accepting and the visitor left a message instead (a kind of abandoned). */
        LEFT_MESSAGE
    }

    /** Where a page ended: the last chat's start and id. */
    public record Cursor(Instant startedAt, ConversationId conversationId) {}
}
