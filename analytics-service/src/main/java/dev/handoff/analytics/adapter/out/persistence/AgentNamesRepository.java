package dev.handoff.analytics.adapter.out.persistence;

import static dev.handoff.analytics.adapter.out.persistence.Sql.prepare;

import dev.handoff.analytics.application.port.out.AgentNamesPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Agents' names in PostgreSQL. */
@ApplicationScoped
public class AgentNamesRepository implements AgentNamesPort {
    private final Sql sql;

    public AgentNamesRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void remember(TenantId tenant, AgentId agent, String displayName) {
        if (displayName != null && !displayName.isBlank()) {
            sql.update(
                    "insert into agent_directory (tenant_id, agent_id, display_name) values (?, ?, ?)"
                            + " on conflict (tenant_id, agent_id) do update set display_name = excluded.display_name"
                            + " where agent_directory.display_name <> excluded.display_name",
                    tenant.value(),
                    agent.value(),
                    displayName.length() > 200 ? displayName.substring(0, 200) : displayName);
        }
    }

    @Override
    public Map<String, String> namesOf(TenantId tenant, Collection<String> agentIds) {
        if (agentIds.isEmpty()) {
            return Map.of();
        }
        return sql.run(c -> {
            try (PreparedStatement select = prepare(
                            c,
                            "select agent_id, display_name from agent_directory"
                                    + " where tenant_id = ? and agent_id = any(?)",
                            tenant.value(),
                            c.createArrayOf("varchar", agentIds.toArray()));
                    ResultSet rows = select.executeQuery()) {
                Map<String, String> names = new HashMap<>();
                while (rows.next()) {
                    names.put(rows.getString(1), rows.getString(2));
                }
                return names;
            }
        });
    }
}
