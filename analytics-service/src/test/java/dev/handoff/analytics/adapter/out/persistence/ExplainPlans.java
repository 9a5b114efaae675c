package dev.handoff.analytics.adapter.out.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the statements reports and transcript searches run, built from the repositories' own
 * SQL, so docs/benchmarks.md shows the plans the code really gets (the scale benchmark writes them out).
 */
public final class ExplainPlans {
    private ExplainPlans() {
    }

    /** Each plan under a heading, for a year ending at {@code end}. */
    public static String of(String jdbcUrl, String user, String password, String tenant, Instant end, String rareWord)
            throws SQLException {
        Instant from = end.minus(365, ChronoUnit.DAYS);
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.createStatement().execute("set search_path = analytics");
            Array days = starts(c, from, end, ChronoUnit.DAYS);
            Array hours = starts(c, from, end, ChronoUnit.HOURS);
            explain(c, out, "A year of daily rollups for the tenant (a report by day in UTC)", RollupRepository.READ,
                    tenant, "all", "d", days);
            explain(c, out, "A year of hourly rollups for one agent (a report by hour, or by day in another zone)",
                    RollupRepository.READ + " and dim_value = ?", tenant, "agent", "h", hours, "agent-7");
            explain(c, out, "A year of daily rollups of every agent (the breakdown by agent)", RollupRepository.READ,
                    tenant, "agent", "d", days);
            String newest = " order by f.started_at desc, f.conversation_id desc limit 51";
            explain(c, out, "The newest chats of a year (the transcript list)", ConversationQueries.LIST + newest,
                    tenant, at(from), at(end));
            explain(c, out, "One agent's chats rated 1", ConversationQueries.LIST
                    + " and f.agent_id = ? and f.assigned_at is not null and f.rating = ?" + newest, tenant, at(from),
                    at(end), "agent-7", 1);
            String words = " and exists (select 1 from conversation_text t where t.tenant_id = f.tenant_id"
                    + " and t.conversation_id = f.conversation_id and t.document @@ websearch_to_tsquery('simple', ?))";
            explain(c, out, "Chats with a rare word", ConversationQueries.LIST + words + newest, tenant, at(from),
                    at(end), rareWord);
            explain(c, out, "Chats with a common word", ConversationQueries.LIST + words + newest, tenant, at(from),
                    at(end), "order");
        }
        return out.toString();
    }

    private static void explain(Connection c, StringBuilder out, String title, String sql, Object... parameters)
            throws SQLException {
        try (PreparedStatement explain = c.prepareStatement("explain (analyze, buffers, costs off) " + sql)) {
            for (int i = 0; i < parameters.length; i++) {
                explain.setObject(i + 1, parameters[i]);
            }
            List<String> lines = new ArrayList<>();
            try (ResultSet plan = explain.executeQuery()) {
                while (plan.next()) {
                    lines.add(plan.getString(1));
                }
            }
            out.append("### ").append(title).append("\n\n```\n").append(String.join("\n", lines)).append("\n```\n\n");
        }
    }

    private static Array starts(Connection c, Instant from, Instant to, ChronoUnit unit) throws SQLException {
        List<OffsetDateTime> starts = new ArrayList<>();
        for (Instant t = from; t.isBefore(to); t = t.plus(1, unit)) {
            starts.add(at(t));
        }
        return c.createArrayOf("timestamptz", starts.toArray());
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
