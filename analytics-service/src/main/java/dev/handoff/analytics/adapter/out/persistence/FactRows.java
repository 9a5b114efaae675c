package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.domain.model.FactState;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Reads conversation_fact rows. */
final class FactRows {
    static final String COLUMNS = "tenant_id, conversation_id, bot_id, team, channel, language, first_seen_at,"
            + " requested_at, queued_at, assigned_at, agent_id, completed_at, ended_at, expired_at, rating, transfers,"
            + " first_agent_message_at, visitor_messages, agent_messages, message_left_at";
    static final String SELECT = "select " + COLUMNS + " from conversation_fact";

    private FactRows() {}

    static FactState read(ResultSet row) throws SQLException {
        String bot = row.getString("bot_id");
        String team = row.getString("team");
        String channel = row.getString("channel");
        String agent = row.getString("agent_id");
        return new FactState(
                TenantId.of(row.getString("tenant_id")),
                ConversationId.of(row.getString("conversation_id")),
                bot == null ? null : BotId.of(bot),
                team == null ? null : TeamId.of(team),
                channel == null ? null : Channel.valueOf(channel),
                row.getString("language"),
                Sql.instant(row, "first_seen_at"),
                Sql.instant(row, "requested_at"),
                Sql.instant(row, "queued_at"),
                Sql.instant(row, "assigned_at"),
                agent == null ? null : AgentId.of(agent),
                Sql.instant(row, "completed_at"),
                Sql.instant(row, "ended_at"),
                Sql.instant(row, "expired_at"),
                Sql.integer(row, "rating"),
                row.getInt("transfers"),
                Sql.instant(row, "first_agent_message_at"),
                row.getInt("visitor_messages"),
                row.getInt("agent_messages"),
                Sql.instant(row, "message_left_at"));
    }
}
