package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.domain.model.ConversationHold;
import dev.handoff.routing.domain.model.Offer;
import dev.handoff.routing.domain.model.QueueStatus;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

/** Reading {@code queue_entry} rows the same way in every repository that locks them. */
final class QueueRows {
    /** The columns {@link #hold} reads, by name; a query may select more. */
    static final String HOLD_COLUMNS = "select conversation_id, tenant_id, team, priority, status, assignee,"
            + " offered_to, offer_expires_at, assignee_name";

    private QueueRows() {}

    static ConversationHold hold(Tuple row) {
        AgentId offeredTo = Rows.id(row, "offered_to", AgentId::of);
        Offer offer = offeredTo == null ? null : new Offer(offeredTo, Rows.instant(row, "offer_expires_at"));
        return new ConversationHold(
                ConversationId.of(Rows.text(row, "conversation_id")),
                TenantId.of(Rows.text(row, "tenant_id")),
                Rows.id(row, "team", TeamId::of),
                Rows.integer(row, "priority"),
                QueueStatus.valueOf(Rows.text(row, "status")),
                Rows.id(row, "assignee", AgentId::of),
                offer,
                Rows.text(row, "assignee_name"));
    }

    /**
     * The queue's team as a key column: '' for the tenant-wide queue (team ids are never empty), so that the
     * queue can be part of a primary key, which cannot hold a null.
     */
    static String teamKey(TeamId team) {
        return team == null ? "" : team.value();
    }

    /** The team of a key column written by {@link #teamKey}. */
    static TeamId team(String key) {
        return key == null || key.isEmpty() ? null : TeamId.of(key);
    }

    /** A display name fitted to the 200 characters the name columns hold. */
    static String fittedName(String displayName) {
        return displayName == null || displayName.length() <= 200 ? displayName : displayName.substring(0, 200);
    }

    /**
     * The condition for one queue: tenant {@code ?1} and, for a team queue, team {@code ?2}; written so the queue
     * indexes apply ({@code is not distinct from} cannot use them). Bind it with {@link #bindQueue}.
     */
    static String sameQueue(TeamId team) {
        return team == null ? "tenant_id = ?1 and team is null" : "tenant_id = ?1 and team = ?2";
    }

    static Query bindQueue(Query query, TenantId tenant, TeamId team) {
        query.setParameter(1, tenant.value());
        return team == null ? query : query.setParameter(2, team.value());
    }
}
