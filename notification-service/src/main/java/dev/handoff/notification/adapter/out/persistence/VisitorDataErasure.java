package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.runtime.erasure.StatementErasure;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * notification-service's part of an erasure (decision 0035): the log keeps that a notice was sent (its dedupe),
 * not who the visitor was nor their words.
 */
@Singleton
public class VisitorDataErasure extends StatementErasure {
    public VisitorDataErasure(EntityManager entityManager) {
        super(entityManager,
                "update notification_log set visitor_name = '" + VisitorInfo.ANONYMOUS + "', message_preview = null"
                        + " where tenant_id = ? and (conversation_id = any(?) or requested_at < ?)");
    }
}
