package dev.handoff.analytics.adapter.out.persistence;

import dev.handoff.analytics.application.port.out.RollupSourcePort;
import dev.handoff.analytics.domain.model.AgentSpan;
import dev.handoff.analytics.domain.model.ChatHold;
import dev.handoff.analytics.domain.model.Refusal;
import dev.handoff.analytics.domain.model.RollupSource;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** Reads a window's chats (by start), refusals (by time) and agents' time (overlapping, with the GiST indexes). */
@ApplicationScoped
public class RollupSourceRepository implements RollupSourcePort {
    private static final String CHATS = FactRows.SELECT + " where tenant_id = ? and started_at >= ? and started_at < ?";
    private static final String REFUSALS = "select refused_at, bot_id, reason, channel, language, team"
            + " from handoff_refusal where tenant_id = ? and refused_at >= ? and refused_at < ?";
    private static final String SPANS = "select agent_id, span_from, span_to, teams from agent_span where tenant_id = ?"
            + " and tstzrange(span_from, span_to, '[)') && tstzrange(?, ?, '[)') order by agent_id, span_from";
    private static final String HOLDS = "select agent_id, hold_from, hold_to from agent_hold where tenant_id = ?"
            + " and tstzrange(hold_from, hold_to, '[)') && tstzrange(?, ?, '[)')";
    private final Sql sql;

    public RollupSourceRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public RollupSource load(TenantId tenant, Instant from, Instant to) {
        return sql.run(c -> new RollupSource(
                from,
                to,
                Sql.list(c, FactRows::read, CHATS, tenant.value(), from, to),
                Sql.list(c, RollupSourceRepository::refusal, REFUSALS, tenant.value(), from, to),
                Sql.list(c, RollupSourceRepository::span, SPANS, tenant.value(), from, to),
                Sql.list(c, RollupSourceRepository::hold, HOLDS, tenant.value(), from, to)));
    }

    private static Refusal refusal(ResultSet row) throws SQLException {
        String channel = row.getString("channel");
        String team = row.getString("team");
        return new Refusal(
                Sql.instant(row, "refused_at"),
                BotId.of(row.getString("bot_id")),
                row.getString("reason"),
                channel == null ? null : Channel.valueOf(channel),
                row.getString("language"),
                team == null ? null : TeamId.of(team));
    }

    private static AgentSpan span(ResultSet row) throws SQLException {
        String teams = row.getString("teams");
        return new AgentSpan(
                AgentId.of(row.getString("agent_id")),
                Sql.instant(row, "span_from"),
                Sql.instant(row, "span_to"),
                teams.isEmpty() ? List.of() : Arrays.asList(teams.split(",")));
    }

    private static ChatHold hold(ResultSet row) throws SQLException {
        return new ChatHold(
                AgentId.of(row.getString("agent_id")), Sql.instant(row, "hold_from"), Sql.instant(row, "hold_to"));
    }
}
