package dev.handoff.analytics.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import java.util.UUID;

/**
 * Generates one tenant's history straight into analytics' tables, as consuming its events would have left them:
 * facts, details, transcripts, steps, words, holds, agents' spans, refusals; then marks every hour for the
 * rollups, which the running service rebuilds. Deterministic for a seed.
 */
final class BenchData {
    static final String[] BOTS = {"shop-bot", "billing-bot", "support-bot", "returns-bot", "faq-bot"};
    static final String[] TEAMS = {"billing", "support", "returns", "sales"};
    private final BenchSettings settings;
    private final String tenant;
    private final String jdbcUrl;
    private final String user;
    private final String password;

    BenchData(BenchSettings settings, String tenant, String jdbcUrl, String user, String password) {
        this.settings = settings;
        this.tenant = tenant;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
    }

    Expected generate() throws SQLException {
        Expected expected = new Expected();
        Random random = new Random(settings.seed());
        try (ChatWriter chats = new ChatWriter(this::table, tenant, settings, expected)) {
            for (int i = 0; i < settings.conversations(); i++) {
                chats.write(random, startOf(random), i);
            }
        }
        try (CopyTable spans = table("agent_span", "tenant_id, agent_id, span_from, span_to, teams");
                CopyTable names = table("agent_directory", "tenant_id, agent_id, display_name");
                CopyTable refusals = table(
                        "handoff_refusal",
                        "tenant_id, event_id, refused_at, bot_id, reason, channel, language, team")) {
            for (int a = 0; a < settings.agents(); a++) {
                names.row(tenant, ChatWriter.agent(a), "Agent " + a);
                for (Instant day = settings.start(); day.isBefore(settings.end()); day = day.plus(1, ChronoUnit.DAYS)) {
                    DayOfWeek weekday = day.atZone(ZoneOffset.UTC).getDayOfWeek();
                    if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                        spans.row(
                                tenant,
                                ChatWriter.agent(a),
                                day.plus(7, ChronoUnit.HOURS),
                                day.plus(17, ChronoUnit.HOURS),
                                TEAMS[a % TEAMS.length]);
                    }
                }
            }
            for (int r = 0; r < settings.conversations() * 3 / 100; r++) {
                Instant evening =
                        startOf(random).truncatedTo(ChronoUnit.DAYS).plusSeconds(20 * 3600 + random.nextInt(3600));
                refusals.row(
                        tenant,
                        UUID.randomUUID(),
                        evening,
                        BOTS[random.nextInt(BOTS.length)],
                        "OUTSIDE_BUSINESS_HOURS",
                        "WEBSOCKET",
                        "en",
                        null);
                expected.refusedOutsideHours++;
            }
        }
        markEveryHour();
        return expected;
    }

    /** A start in the period, busier on weekday office hours, as live chat is. */
    private Instant startOf(Random random) {
        long days = settings.days();
        Instant day = settings.start().plus(random.nextInt((int) days), ChronoUnit.DAYS);
        int hour = random.nextDouble() < 0.8 ? 7 + random.nextInt(11) : random.nextInt(24);
        return day.plusSeconds(hour * 3600L + random.nextInt(3600)).plusMillis(random.nextInt(1000));
    }

    private CopyTable table(String table, String columns) throws SQLException {
        return new CopyTable(jdbcUrl, user, password, table, columns);
    }

    private void markEveryHour() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
                PreparedStatement mark = c.prepareStatement("insert into analytics.rollup_dirty (tenant_id, hour_start)"
                        + " select ?, generate_series(?::timestamptz, ?::timestamptz, interval '1 hour')"
                        + " on conflict do nothing")) {
            mark.setString(1, tenant);
            mark.setObject(2, settings.start().atOffset(ZoneOffset.UTC));
            mark.setObject(3, settings.end().minus(1, ChronoUnit.HOURS).atOffset(ZoneOffset.UTC));
            mark.executeUpdate();
            try (PreparedStatement analyze = c.prepareStatement("analyze")) {
                analyze.execute();
            }
        }
    }
}
