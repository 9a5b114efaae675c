package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.VisitorsPort;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

/** Finds visitors' chats by the e-mail index of conversation_detail and the facts' primary key. */
@ApplicationScoped
public class VisitorsRepository implements VisitorsPort {
    private final Sql sql;

    public VisitorsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public List<ConversationId> conversationsOf(TenantId tenant, String email) {
        return sql.list(
                row -> ConversationId.of(row.getString(1)),
                "select conversation_id from conversation_detail"
                        + " where tenant_id = ? and lower(visitor_email) = lower(?) and visitor_email is not null"
                        + " order by conversation_id",
                tenant.value(),
                email);
    }

    @Override
    public List<ConversationId> existing(TenantId tenant, Collection<ConversationId> conversations) {
        if (conversations.isEmpty()) {
            return List.of();
        }
        return sql.run(c -> Sql.list(
                c,
                row -> ConversationId.of(row.getString(1)),
                "select conversation_id" + " from conversation_fact where tenant_id = ? and conversation_id = any(?)",
                tenant.value(),
                c.createArrayOf(
                        "varchar",
                        conversations.stream().map(ConversationId::value).toArray())));
    }
}
