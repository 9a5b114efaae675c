package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.runtime.erasure.StatementErasure;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * notification-service's part of an erasure (decision 0035): the visitor messages a notice quotes go; a notice keeps
 * that it was sent (its dedupe) and the watched conversation its state, not who the visitor was nor their words.
 */
@Singleton
public class VisitorDataErasure extends StatementErasure {
    public VisitorDataErasure(EntityManager entityManager) {
        super(
                entityManager,
                "delete from notification_message where notification_id in (select id from notification"
                        + " where tenant_id = ? and (conversation_id = any(?) or created_at < ?))",
                "update watched_conversation set visitor_name = '" + VisitorInfo.ANONYMOUS + "', visitor_email = null,"
                        + " visitor_locale = null, visitor_attributes = null, preview = null"
                        + " where tenant_id = ? and (conversation_id = any(?) or requested_at < ?)");
    }
}
