package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.domain.model.ChatMessages;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.analytics.domain.model.FactState;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Conversation facts in PostgreSQL. */
@ApplicationScoped
public class ConversationFactRepository implements ConversationFactsPort {
    private static final String SAVE = "update conversation_fact set bot_id = ?, team = ?, channel = ?, language = ?,"
            + " started_at = ?, first_seen_at = ?, requested_at = ?, queued_at = ?, assigned_at = ?, agent_id = ?,"
            + " completed_at = ?, ended_at = ?, expired_at = ?, rating = ?, transfers = ?, message_left_at = ?"
            + " where tenant_id = ? and conversation_id = ?";
    // A message may come before anything else about its chat: it then starts the fact, and the chat's start. One row
    // per chat of the batch, taken in the order given (ordinality), so facts are locked in the caller's order.
    private static final String COUNT_MESSAGES = "insert into conversation_fact as f (tenant_id, conversation_id,"
            + " started_at, first_seen_at, visitor_messages, agent_messages, first_agent_message_at)"
            + " select m.tenant_id, m.conversation_id, m.first_at, m.first_at, m.visitor, m.agent, m.first_agent_at"
            + " from unnest(cast(? as text[]), cast(? as text[]), cast(? as timestamptz[]), cast(? as int[]),"
            + " cast(? as int[]), cast(? as timestamptz[])) with ordinality"
            + " as m(tenant_id, conversation_id, first_at, visitor, agent, first_agent_at, n) order by m.n"
            + " on conflict (tenant_id, conversation_id) do update set"
            + " visitor_messages = f.visitor_messages + excluded.visitor_messages,"
            + " agent_messages = f.agent_messages + excluded.agent_messages,"
            + " first_agent_message_at = least(f.first_agent_message_at, excluded.first_agent_message_at),"
            + " first_seen_at = least(f.first_seen_at, excluded.first_seen_at),"
            + " started_at = coalesce(f.requested_at, least(f.first_seen_at, excluded.first_seen_at))"
            + " returning tenant_id, conversation_id, started_at";

    private final Sql sql;

    public ConversationFactRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public ConversationFact lockOrCreate(TenantId tenant, ConversationId conversation) {
        // Several topics' consumers may see a new conversation at once: the insert lets exactly one create the row,
        // and the row lock makes the others wait and then apply their events on top, so no update is lost.
        sql.update(
                "insert into conversation_fact(tenant_id, conversation_id) values (?, ?) on conflict do nothing",
                tenant.value(),
                conversation.value());
        return sql.run(c -> {
            try (PreparedStatement select = prepare(
                            c,
                            FactRows.SELECT + " where tenant_id = ? and conversation_id = ? for update",
                            tenant.value(),
                            conversation.value());
                    ResultSet row = select.executeQuery()) {
                row.next();
                return ConversationFact.restore(FactRows.read(row));
            }
        });
    }

    @Override
    public void save(ConversationFact fact) {
        FactState s = fact.state();
        sql.update(
                SAVE,
                text(s.botId()),
                text(s.team()),
                text(s.channel()),
                s.language(),
                s.startedAt(),
                s.firstSeenAt(),
                s.requestedAt(),
                s.queuedAt(),
                s.assignedAt(),
                text(s.agentId()),
                s.completedAt(),
                s.endedAt(),
                s.expiredAt(),
                s.rating(),
                s.transfers(),
                s.messageLeftAt(),
                s.tenantId().value(),
                s.conversationId().value());
    }

    @Override
    public List<Instant> countMessages(List<ChatMessages> chats) {
        if (chats.isEmpty()) {
            return List.of();
        }
        return sql.run(c -> {
            Map<String, Instant> started = new HashMap<>();
            try (PreparedStatement upsert = c.prepareStatement(COUNT_MESSAGES)) {
                // Every column as text, cast by the statement: one array type for the driver to write.
                List<Function<ChatMessages, Object>> columns = List.of(
                        m -> m.tenant().value(),
                        m -> m.conversation().value(),
                        ChatMessages::firstAt,
                        ChatMessages::visitor,
                        ChatMessages::agent,
                        ChatMessages::firstAgentAt);
                for (int i = 0; i < columns.size(); i++) {
                    upsert.setArray(i + 1, c.createArrayOf("text", column(chats, columns.get(i))));
                }
                try (ResultSet rows = upsert.executeQuery()) {
                    while (rows.next()) {
                        started.put(
                                chat(rows.getString("tenant_id"), rows.getString("conversation_id")),
                                Sql.instant(rows, "started_at"));
                    }
                }
            }
            return chats.stream()
                    .map(m -> started.get(
                            chat(m.tenant().value(), m.conversation().value())))
                    .toList();
        });
    }

    private static String[] column(List<ChatMessages> chats, Function<ChatMessages, Object> value) {
        // Instants print as ISO-8601 with a Z, which timestamptz reads as UTC.
        return chats.stream()
                .map(value)
                .map(v -> v == null ? null : v.toString())
                .toArray(String[]::new);
    }

    private static String chat(String tenant, String conversation) {
        return tenant + "\n" + conversation;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
