package dev.handoff.routing.adapter.in.rest;

import dev.handoff.testinfra.InfrastructureTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;

/** Reads routing's tables directly, to check what the API cannot show: holders, loads, the presence snapshot. */
final class RoutingDatabase {
    private RoutingDatabase() {}

    /** One row of the presence snapshot. */
    record Presence(String status, String displayName, String teams, Instant statusSince, Instant changedAt) {}

    /** Returns once routing consumed the event (applied or ignored it): its id is in the inbox. */
    static void awaitConsumed(UUID eventId) {
        Awaitility.await()
                .atMost(QueueFixture.WAIT)
                .until(() -> !query(
                                "select event_id::text, 1 from routing.processed_event where event_id = ?::uuid",
                                eventId.toString(),
                                rs -> 1)
                        .isEmpty());
    }

    static Optional<Presence> presence(String tenant, String agent) throws Exception {
        return Optional.ofNullable(query(
                        """
                        select agent_id, status, display_name, array_to_string(teams, ','), status_since, changed_at
                        from routing.agent_presence where tenant_id = ?""",
                        tenant,
                        rs -> new Presence(
                                rs.getString(2),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant(),
                                rs.getTimestamp(6).toInstant()))
                .get(agent));
    }

    /** Conversation id to holder, for every held conversation of the tenant. */
    static Map<String, String> holders(String tenant) throws Exception {
        return query(
                "select conversation_id, assignee from routing.queue_entry where tenant_id = ? and status = 'ASSIGNED'",
                tenant,
                rs -> rs.getString(2));
    }

    /** Agent to the number of conversations they hold, counted from the conversation rows. */
    static Map<String, Long> heldPerAgent(String tenant) throws Exception {
        return query("""
                        select assignee, count(*) from routing.queue_entry where tenant_id = ? and status = 'ASSIGNED'
                        group by assignee""", tenant, rs -> rs.getLong(2));
    }

    /** Conversation id to status, for every conversation of the tenant. */
    static Map<String, String> statuses(String tenant) throws Exception {
        return query(
                "select conversation_id, status from routing.queue_entry where tenant_id = ?",
                tenant,
                rs -> rs.getString(2));
    }

    /** How many events wait in routing's outbox, to know when everything committed is on Kafka. */
    static long outboxBacklog() throws Exception {
        return query(
                        "select 'all', count(*) from routing.outbox_message where ? is not null",
                        "any",
                        rs -> rs.getLong(2))
                .get("all");
    }

    /** Conversations waiting or offered, in every tenant (what the queue health gauge counts). */
    static long waitingEverywhere() throws Exception {
        return query(
                        "select 'all', count(*) from routing.queue_entry where status in ('WAITING', 'OFFERED') and ? is not null",
                        "any",
                        rs -> rs.getLong(2))
                .get("all");
    }

    /** Agents whose presence is ONLINE, in every tenant. */
    static long onlineEverywhere() throws Exception {
        return query(
                        "select 'all', count(*) from routing.agent_presence where status = 'ONLINE' and ? is not null",
                        "any",
                        rs -> rs.getLong(2))
                .get("all");
    }

    /** Agent to {@code agent_load.active_chats}, for agents holding any. */
    static Map<String, Long> activeChats(String tenant) throws Exception {
        return query(
                "select agent_id, active_chats from routing.agent_load where tenant_id = ? and active_chats > 0",
                tenant,
                rs -> rs.getLong(2));
    }

    /** When conversations were taken from the tenant-wide queue of the tenant, as wait estimates read them. */
    static List<Instant> assignmentTimes(String tenant) throws Exception {
        return List.copyOf(query(
                        "select id::text, assigned_at from routing.queue_assignment where tenant_id = ? and team = ''",
                        tenant,
                        rs -> rs.getTimestamp(2).toInstant())
                .values());
    }

    /** Notes an assignment from the tenant-wide queue made in the past, as if the queue had been served then. */
    static void assignedBefore(String tenant, Instant at) throws Exception {
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(
                        "insert into routing.queue_assignment (tenant_id, team, assigned_at) values (?, '', ?)")) {
            s.setString(1, tenant);
            s.setTimestamp(2, Timestamp.from(at));
            s.executeUpdate();
        }
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(
                InfrastructureTestResource.jdbcUrl(),
                InfrastructureTestResource.jdbcUsername(),
                InfrastructureTestResource.jdbcPassword());
    }

    private interface Column<T> {
        T read(ResultSet rs) throws Exception;
    }

    private static <T> Map<String, T> query(String sql, String parameter, Column<T> value) throws Exception {
        Map<String, T> rows = new HashMap<>();
        try (Connection c = connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), value.read(rs));
                }
            }
        }
        return rows;
    }
}
