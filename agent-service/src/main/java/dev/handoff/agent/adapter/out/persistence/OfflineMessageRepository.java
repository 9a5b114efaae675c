package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.OfflineMessagePort;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Messages visitors left, in {@code offline_message} (native SQL: one row per conversation). */
@ApplicationScoped
public class OfflineMessageRepository implements OfflineMessagePort {
    private static final String COLUMNS = "conversation_id, tenant_id, bot_id, bot_name, team, visitor_name,"
            + " visitor_email, message, left_at, handled_by, handled_by_name, handled_at";
    private final EntityManager entityManager;

    public OfflineMessageRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public void record(OfflineMessage m) {
        entityManager
                .createNativeQuery("insert into offline_message (" + COLUMNS + ")"
                        + " values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, null, null, null)"
                        + " on conflict (conversation_id) do nothing")
                .setParameter(1, m.conversationId().value())
                .setParameter(2, m.tenantId().value())
                .setParameter(3, m.botId().value())
                .setParameter(4, m.botName())
                .setParameter(5, m.team() == null ? null : m.team().value())
                .setParameter(6, m.visitorName())
                .setParameter(7, m.visitorEmail())
                .setParameter(8, m.message())
                .setParameter(9, m.leftAt())
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<OfflineMessage> page(TenantId tenant, Set<TeamId> teams, Boolean handled, int offset, int limit) {
        List<Object[]> rows = entityManager
                .createNativeQuery("select " + COLUMNS + " from offline_message"
                        + " where tenant_id = ?1"
                        + " and (cast(?2 as varchar) is null or team is null"
                        + "      or team = any(string_to_array(cast(?2 as varchar), ',')))"
                        + " and (cast(?3 as boolean) is null or (handled_at is not null) = cast(?3 as boolean))"
                        + " order by left_at desc, conversation_id desc offset ?4 limit ?5")
                .setParameter(1, tenant.value())
                // team ids never hold a comma; an agent serving no listed team still sees untagged ones
                .setParameter(
                        2,
                        teams == null ? null : teams.stream().map(TeamId::value).collect(Collectors.joining(",")))
                .setParameter(3, handled)
                .setParameter(4, offset)
                .setParameter(5, limit)
                .getResultList();
        return rows.stream().map(OfflineMessageRepository::message).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Optional<OfflineMessage> lock(TenantId tenant, ConversationId conversationId) {
        List<Object[]> rows = entityManager
                .createNativeQuery("select " + COLUMNS + " from offline_message"
                        + " where tenant_id = ?1 and conversation_id = ?2 for update")
                .setParameter(1, tenant.value())
                .setParameter(2, conversationId.value())
                .getResultList();
        return rows.stream().findFirst().map(OfflineMessageRepository::message);
    }

    @Override
    public void saveHandled(OfflineMessage m) {
        entityManager
                .createNativeQuery("update offline_message set handled_by = ?1, handled_by_name = ?2,"
                        + " handled_at = ?3 where conversation_id = ?4")
                .setParameter(1, m.handledBy().value())
                .setParameter(2, m.handledByName())
                .setParameter(3, m.handledAt())
                .setParameter(4, m.conversationId().value())
                .executeUpdate();
    }

    private static OfflineMessage message(Object[] r) {
        return new OfflineMessage(
                ConversationId.of((String) r[0]),
                TenantId.of((String) r[1]),
                BotId.of((String) r[2]),
                (String) r[3],
                r[4] == null ? null : TeamId.of((String) r[4]),
                (String) r[5],
                (String) r[6],
                (String) r[7],
                SqlValues.instant(r[8]),
                r[9] == null ? null : AgentId.of((String) r[9]),
                (String) r[10],
                r[11] == null ? null : SqlValues.instant(r[11]));
    }
}
