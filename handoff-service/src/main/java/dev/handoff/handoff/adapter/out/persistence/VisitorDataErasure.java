package dev.handoff.handoff.adapter.out.persistence;

import dev.handoff.runtime.erasure.StatementErasure;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * handoff-service's part of an erasure (decision 0035): the visitor feed (every message and notice shown to the
 * visitor) and pending or past webhook payloads go; the conversation row stays, without the visitor's name,
 * address, locale and attributes, for the bookkeeping of its status and timers.
 */
@Singleton
public class VisitorDataErasure extends StatementErasure {
    private static final String CHATS =
            "select id from conversation where tenant_id = ?" + " and (id = any(?) or started_at < ?)";

    public VisitorDataErasure(EntityManager entityManager) {
        super(
                entityManager,
                "delete from visitor_feed where conversation_id in (" + CHATS + ")",
                "delete from webhook_delivery where conversation_id in (" + CHATS + ")",
                "update conversation set visitor_name = null, visitor_email = null, visitor_locale = null,"
                        + " visitor_attributes = '{}' where id in (" + CHATS + ")");
    }
}
