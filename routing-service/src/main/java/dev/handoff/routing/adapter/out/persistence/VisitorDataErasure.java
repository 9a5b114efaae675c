package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.runtime.erasure.StatementErasure;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

/**
 * routing-service's part of an erasure (decision 0035): a queue entry keeps its place and holder but shows the
 * visitor as anonymous, without the preview of their words.
 */
@Singleton
public class VisitorDataErasure extends StatementErasure {
    public VisitorDataErasure(EntityManager entityManager) {
        super(
                entityManager,
                "update queue_entry set visitor_name = '" + VisitorInfo.ANONYMOUS + "', preview = null"
                        + " where tenant_id = ? and (conversation_id = any(?) or enqueued_at < ?)");
    }
}
