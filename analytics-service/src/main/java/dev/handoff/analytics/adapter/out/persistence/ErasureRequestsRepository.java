package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.ErasureRequestsPort;
import dev.handoff.analytics.domain.model.ErasureKind;
import dev.handoff.analytics.domain.model.ErasureRequest;
import dev.handoff.analytics.domain.model.ErasureStatus;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/** Erasure requests and confirmations in PostgreSQL; a request keeps the chat ids it erased, never the address. */
@ApplicationScoped
public class ErasureRequestsRepository implements ErasureRequestsPort {
    private static final String SELECT = "select request_id, tenant_id, kind, requested_at, requested_by,"
            + " conversation_ids, started_before from erasure_request";
    private final Sql sql;

    public ErasureRequestsRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void save(ErasureRequest r) {
        sql.update(
                "insert into erasure_request (request_id, tenant_id, kind, requested_at, requested_by,"
                        + " conversation_ids, started_before) values (?, ?, ?, ?, ?, ?, ?)",
                r.id(),
                r.tenantId().value(),
                r.kind().name(),
                r.requestedAt(),
                r.requestedBy(),
                r.conversations().stream().map(ConversationId::value).collect(Collectors.joining(" ")),
                r.startedBefore());
    }

    @Override
    public Optional<ErasureRequest> find(TenantId tenant, UUID id) {
        return sql
                .list(
                        ErasureRequestsRepository::request,
                        SELECT + " where request_id = ? and tenant_id = ?",
                        id,
                        tenant.value())
                .stream()
                .findFirst();
    }

    @Override
    public Optional<Instant> latest(TenantId tenant, ErasureKind kind) {
        return sql
                .list(
                        row -> Sql.instant(row, "requested_at"),
                        "select max(requested_at) as requested_at"
                                + " from erasure_request where tenant_id = ? and kind = ?",
                        tenant.value(),
                        kind.name())
                .stream()
                .filter(Objects::nonNull)
                .findFirst();
    }

    @Override
    public List<ErasureRequest> recent(TenantId tenant, int limit) {
        return sql.list(
                ErasureRequestsRepository::request,
                SELECT + " where tenant_id = ?" + " order by requested_at desc, request_id limit ?",
                tenant.value(),
                limit);
    }

    @Override
    public void confirm(UUID requestId, ErasureStatus.Confirmation c) {
        sql.update(
                "insert into erasure_confirmation (request_id, service, confirmed_at, conversations_erased)"
                        + " values (?, ?, ?, ?) on conflict do nothing",
                requestId,
                c.service(),
                c.confirmedAt(),
                c.conversationsErased());
    }

    @Override
    public List<ErasureStatus.Confirmation> confirmations(UUID requestId) {
        return sql.list(
                row -> new ErasureStatus.Confirmation(
                        row.getString("service"), Sql.instant(row, "confirmed_at"), row.getInt("conversations_erased")),
                "select service, confirmed_at, conversations_erased"
                        + " from erasure_confirmation where request_id = ? order by confirmed_at, service",
                requestId);
    }

    private static ErasureRequest request(ResultSet row) throws SQLException {
        String ids = row.getString("conversation_ids");
        return new ErasureRequest(
                row.getObject("request_id", UUID.class),
                TenantId.of(row.getString("tenant_id")),
                ErasureKind.valueOf(row.getString("kind")),
                Sql.instant(row, "requested_at"),
                row.getString("requested_by"),
                ids.isEmpty()
                        ? List.of()
                        : Arrays.stream(ids.split(" ")).map(ConversationId::of).toList(),
                Sql.instant(row, "started_before"));
    }
}
