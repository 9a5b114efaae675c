package dev.handoff.routing.adapter.out.persistence;

import dev.handoff.routing.application.port.out.AnnouncedPositionsPort;
import dev.handoff.routing.domain.model.AnnouncedPlace;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.ConversationId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What each waiting visitor was last told, in {@code announced_position}. One statement per write however long
 * the queue: the values go in as comma-joined arrays (ids never contain commas).
 */
@ApplicationScoped
public class AnnouncedPositionsRepository implements AnnouncedPositionsPort {
    private final EntityManager entityManager;

    public AnnouncedPositionsRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Override
    public Map<ConversationId, AnnouncedPlace> toldIn(QueueKey queue) {
        List<Tuple> rows = Rows.all(Rows.query(entityManager, """
                        select conversation_id, position, wait_seconds, wait_status, leave_message_offered
                        from announced_position
                        where tenant_id = ?1 and team = ?2""")
                .setParameter(1, queue.tenant().value())
                .setParameter(2, QueueRows.teamKey(queue.team())));
        Map<ConversationId, AnnouncedPlace> told = new HashMap<>();
        for (Tuple row : rows) {
            told.put(
                    ConversationId.of(Rows.text(row, "conversation_id")),
                    new AnnouncedPlace(
                            Rows.integer(row, "position"),
                            Rows.whole(row, "wait_seconds"),
                            AnnouncedRows.status(Rows.text(row, "wait_status")),
                            Rows.flag(row, "leave_message_offered")));
        }
        return told;
    }

    @Override
    public void store(QueueKey queue, Map<ConversationId, AnnouncedPlace> told, Set<ConversationId> gone) {
        if (!told.isEmpty()) {
            entityManager
                    .createNativeQuery("""
                            insert into announced_position (tenant_id, team, conversation_id, position, wait_seconds,
                                                            wait_status, leave_message_offered)
                            select ?1, ?2, t.c, t.p, t.w, t.s, t.o
                            from unnest(string_to_array(?3, ','), cast(string_to_array(?4, ',') as integer[]),
                                        cast(string_to_array(?5, ',') as bigint[]), string_to_array(?6, ','),
                                        cast(string_to_array(?7, ',') as boolean[]))
                                 as t(c, p, w, s, o)
                            on conflict (tenant_id, team, conversation_id) do update
                                set position = excluded.position, wait_seconds = excluded.wait_seconds,
                                    wait_status = excluded.wait_status,
                                    leave_message_offered = excluded.leave_message_offered""")
                    .setParameter(1, queue.tenant().value())
                    .setParameter(2, QueueRows.teamKey(queue.team()))
                    .setParameter(
                            3,
                            joined(told.keySet().stream()
                                    .map(ConversationId::value)
                                    .toList()))
                    .setParameter(
                            4,
                            joined(told.values().stream()
                                    .map(p -> String.valueOf(p.position()))
                                    .toList()))
                    .setParameter(
                            5,
                            joined(told.values().stream()
                                    .map(p -> String.valueOf(p.waitSeconds()))
                                    .toList()))
                    .setParameter(
                            6,
                            joined(told.values().stream()
                                    .map(p -> p.status().name())
                                    .toList()))
                    .setParameter(
                            7,
                            joined(told.values().stream()
                                    .map(p -> String.valueOf(p.leaveMessageOffered()))
                                    .toList()))
                    .executeUpdate();
        }
        if (!gone.isEmpty()) {
            entityManager
                    .createNativeQuery("""
                            delete from announced_position
                            where tenant_id = ?1 and team = ?2 and conversation_id = any(string_to_array(?3, ','))""")
                    .setParameter(1, queue.tenant().value())
                    .setParameter(2, QueueRows.teamKey(queue.team()))
                    .setParameter(
                            3, joined(gone.stream().map(ConversationId::value).toList()))
                    .executeUpdate();
        }
    }

    private static String joined(List<String> values) {
        return values.stream().collect(Collectors.joining(","));
    }
}
