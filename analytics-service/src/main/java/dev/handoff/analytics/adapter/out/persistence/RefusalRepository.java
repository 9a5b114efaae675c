package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.RefusalsPort;
import dev.handoff.analytics.domain.model.Refusal;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Objects;
import java.util.UUID;

/** Refused requests in PostgreSQL. */
@ApplicationScoped
public class RefusalRepository implements RefusalsPort {
    private final Sql sql;

    public RefusalRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(TenantId tenant, UUID eventId, Refusal r) {
        sql.update(
                "insert into handoff_refusal (tenant_id, event_id, refused_at, bot_id, reason, channel, language,"
                        + " team) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
                tenant.value(),
                eventId,
                r.at(),
                r.botId().value(),
                r.reason(),
                Objects.toString(r.channel(), null),
                r.language(),
                Objects.toString(r.team(), null));
    }
}
