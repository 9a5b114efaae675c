package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.AgentTimePort;
import dev.handoff.analytics.domain.model.ChatHold;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;

/** Agents' sign-in spans and chat holds in PostgreSQL. */
@ApplicationScoped
public class AgentTimeRepository implements AgentTimePort {
    private final Sql sql;

    public AgentTimeRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Instant presence(TenantId tenant, AgentId agent, boolean signedIn, List<String> teams, Instant at) {
        String teamList = String.join(",", teams);
        Latest latest = latest(tenant, agent);
        if (latest != null && (at.isBefore(latest.from) || latest.to != null && at.isBefore(latest.to))) {
            return null; // older than what is recorded: presence events of one agent come in order, so a replay
        }
        boolean open = latest != null && latest.to == null;
        if (open && signedIn && latest.teams.equals(teamList)) {
            return null;
        }
        if (open) {
            sql.update(
                    "update agent_span set span_to = ? where tenant_id = ? and agent_id = ? and span_from = ?",
                    at,
                    tenant.value(),
                    agent.value(),
                    latest.from);
        }
        if (signedIn) {
            sql.update(
                    "insert into agent_span (tenant_id, agent_id, span_from, teams) values (?, ?, ?, ?)"
                            + " on conflict do nothing",
                    tenant.value(),
                    agent.value(),
                    at,
                    teamList);
        }
        return open ? latest.from : signedIn ? at : null;
    }

    private Latest latest(TenantId tenant, AgentId agent) {
        return sql.run(c -> {
            try (PreparedStatement select = prepare(
                            c,
                            "select span_from, span_to, teams from agent_span"
                                    + " where tenant_id = ? and agent_id = ? order by span_from desc limit 1 for update",
                            tenant.value(),
                            agent.value());
                    ResultSet row = select.executeQuery()) {
                return row.next()
                        ? new Latest(Sql.instant(row, "span_from"), Sql.instant(row, "span_to"), row.getString("teams"))
                        : null;
            }
        });
    }

    @Override
    public void openHold(TenantId tenant, ConversationId conversation, AgentId agent, Instant at) {
        sql.update(
                "insert into agent_hold (tenant_id, conversation_id, agent_id, hold_from) values (?, ?, ?, ?)"
                        + " on conflict do nothing",
                tenant.value(),
                conversation.value(),
                agent.value(),
                at);
    }

    @Override
    public List<ChatHold> closeHolds(TenantId tenant, ConversationId conversation, Instant at) {
        return sql.list(
                row -> new ChatHold(AgentId.of(row.getString("agent_id")), Sql.instant(row, "hold_from"), null),
                "update agent_hold set hold_to = greatest(hold_from, ?) where tenant_id = ? and conversation_id = ?"
                        + " and hold_to is null returning agent_id, hold_from",
                at,
                tenant.value(),
                conversation.value());
    }

    @Override
    public List<TenantId> tenantsWithOpenTime() {
        return sql.list(
                row -> TenantId.of(row.getString(1)),
                "select tenant_id from agent_span where span_to is null"
                        + " union select tenant_id from agent_hold where hold_to is null");
    }

    private record Latest(Instant from, Instant to, String teams) {}
}
