package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.ConversationFactsPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.analytics.domain.model.FactState;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;

/** Conversation facts in PostgreSQL. */
@ApplicationScoped
public class ConversationFactRepository implements ConversationFactsPort {
    private static final String SAVE = "update conversation_fact set bot_id = ?, team = ?, channel = ?, language = ?,"
            + " started_at = ?, first_seen_at = ?, requested_at = ?, queued_at = ?, assigned_at = ?, agent_id = ?,"
            + " completed_at = ?, ended_at = ?, expired_at = ?, rating = ?, transfers = ?, message_left_at = ?"
            + " where tenant_id = ? and conversation_id = ?";
    // A message may come before anything else about its chat: it then starts the fact, and the chat's start.
    private static final String COUNT_MESSAGE = "insert into conversation_fact as f (tenant_id, conversation_id,"
            + " started_at, first_seen_at, visitor_messages, agent_messages, first_agent_message_at)"
            + " values (?, ?, ?, ?, ?, ?, ?) on conflict (tenant_id, conversation_id) do update set"
            + " visitor_messages = f.visitor_messages + excluded.visitor_messages,"
            + " agent_messages = f.agent_messages + excluded.agent_messages,"
            + " first_agent_message_at = least(f.first_agent_message_at, excluded.first_agent_message_at),"
            + " first_seen_at = least(f.first_seen_at, excluded.first_seen_at),"
            + " started_at = coalesce(f.requested_at, least(f.first_seen_at, excluded.first_seen_at))"
            + " returning started_at";

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
    public Instant countMessages(
            TenantId tenant,
            ConversationId conversation,
            int visitorMessages,
            int agentMessages,
            Instant firstAt,
            Instant firstAgentAt) {
        return sql.run(c -> {
            try (PreparedStatement upsert = prepare(
                            c,
                            COUNT_MESSAGE,
                            tenant.value(),
                            conversation.value(),
                            firstAt,
                            firstAt,
                            visitorMessages,
                            agentMessages,
                            firstAgentAt);
                    ResultSet row = upsert.executeQuery()) {
                row.next();
                return Sql.instant(row, "started_at");
            }
        });
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
