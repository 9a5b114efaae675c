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
    private ExplainPlans() {}

    /** Each plan under a heading, for a year ending at {@code end}. */
    public static String of(
            String jdbcUrl, String user, String password, String tenant, Instant end, String rareWord, String phrase)
            throws SQLException {
        Instant from = end.minus(365, ChronoUnit.DAYS);
        StringBuilder out = new StringBuilder();
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password)) {
            c.createStatement().execute("set search_path = analytics");
            Array days = starts(c, from, end, ChronoUnit.DAYS);
            explain(
                    c,
                    out,
                    "A year of daily rollups for the tenant (a report by day in UTC)",
                    RollupRepository.READ,
                    tenant,
                    "all",
                    "d",
                    days);
            explain(
                    c,
                    out,
                    "31 days of hourly rollups for the tenant, as one range (a month by the hour)",
                    RollupRepository.READ_RANGE,
                    tenant,
                    "all",
                    "h",
                    at(end.minus(31, ChronoUnit.DAYS)),
                    at(end.minusSeconds(3600)));
            List<OffsetDateTime> blocks = new ArrayList<>();
            List<OffsetDateTime> quarters = new ArrayList<>();
            for (Instant day = from; day.isBefore(end); day = day.plus(1, ChronoUnit.DAYS)) {
                blocks.add(at(day.plus(18, ChronoUnit.HOURS)));
                quarters.add(at(day.plus(18, ChronoUnit.HOURS)));
                quarters.add(at(day.plus(18 * 60 + 15, ChronoUnit.MINUTES)));
            }
            String kolkata = " (a year by day in Asia/Kolkata: each UTC day less its 18:00 block plus the quarters"
                    + " 18:00 and 18:15, plus the day before's block less its quarters)";
            explain(
                    c,
                    out,
                    "The 18:00-24:00 blocks of each day of a year for the tenant, as a list" + kolkata,
                    RollupRepository.READ,
                    tenant,
                    "all",
                    "s",
                    c.createArrayOf("timestamptz", blocks.toArray()));
            explain(
                    c,
                    out,
                    "The quarters 18:00 and 18:15 of each day of a year for the tenant, as a list" + kolkata,
                    RollupRepository.READ,
                    tenant,
                    "all",
                    "q",
                    c.createArrayOf("timestamptz", quarters.toArray()));
            Array months = starts(c, from, end, ChronoUnit.MONTHS);
            explain(
                    c,
                    out,
                    "A year of monthly rollups of every agent (the breakdown by agent)",
                    RollupRepository.READ,
                    tenant,
                    "agent",
                    "m",
                    months);
            String newest = " order by f.started_at desc, f.conversation_id desc limit 51";
            explain(
                    c,
                    out,
                    "The newest chats of a year (the transcript list)",
                    ConversationQueries.LIST + newest,
                    tenant,
                    at(from),
                    at(end));
            explain(
                    c,
                    out,
                    "One agent's chats rated 1",
                    ConversationQueries.LIST + " and f.agent_id = ? and f.assigned_at is not null and f.rating = ?"
                            + newest,
                    tenant,
                    at(from),
                    at(end),
                    "agent-7",
                    1);
            int few = ConversationQueries.FEW_MATCHES + 1;
            explain(
                    c,
                    out,
                    "The chats with a rare word, from the text index",
                    ConversationQueries.MATCHING,
                    tenant,
                    rareWord,
                    few);
            explain(
                    c,
                    out,
                    "The chats with a word no chat has, from the text index",
                    ConversationQueries.MATCHING,
                    tenant,
                    "zyzzyva",
                    few);
            Array rare =
                    c.createArrayOf("varchar", matching(c, tenant, rareWord).toArray());
            explain(
                    c,
                    out,
                    "The newest of the chats with a rare word, by their keys",
                    ConversationQueries.BY_KEYS + newest,
                    tenant,
                    rare,
                    tenant,
                    at(from),
                    at(end));
            explain(
                    c,
                    out,
                    "The chats with a common word (more than " + ConversationQueries.FEW_MATCHES
                            + " in the text index: the year read backwards)",
                    ConversationQueries.LIST + ConversationQueries.WORDS + newest,
                    tenant,
                    at(from),
                    at(end),
                    "order");
            String quoted = "\"" + phrase + "\"";
            explain(
                    c,
                    out,
                    "The chats with a phrase's words, from the text index (its word order is not checked here)",
                    ConversationQueries.MATCHING,
                    tenant,
                    quoted,
                    few);
            explain(
                    c,
                    out,
                    "The newest chats with a phrase (its words in more than " + ConversationQueries.FEW_MATCHES
                            + " chats: the year read backwards, the order checked per chat)",
                    ConversationQueries.LIST + ConversationQueries.WORDS + newest,
                    tenant,
                    at(from),
                    at(end),
                    quoted);
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
            out.append("### ")
                    .append(title)
                    .append("\n\n```\n")
                    .append(String.join("\n", lines))
                    .append("\n```\n\n");
        }
    }

    private static Array starts(Connection c, Instant from, Instant to, ChronoUnit unit) throws SQLException {
        List<OffsetDateTime> starts = new ArrayList<>();
        for (OffsetDateTime t = at(from); t.toInstant().isBefore(to); t = t.plus(1, unit)) {
            starts.add(t);
        }
        return c.createArrayOf("timestamptz", starts.toArray());
    }

    private static List<String> matching(Connection c, String tenant, String word) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement select = c.prepareStatement(ConversationQueries.MATCHING)) {
            select.setString(1, tenant);
            select.setString(2, word);
            select.setInt(3, ConversationQueries.FEW_MATCHES + 1);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
        }
        return ids;
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
