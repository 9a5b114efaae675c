package dev.handoff.analytics.bench;

import java.util.List;

/** Every kind of report and transcript search the dashboard makes, each over a year. */
final class BenchQueries {
    /** METRICS answers from the rollups (target 500 ms at p99), SEARCH from the facts and words (1 s). */
    enum Kind {
        METRICS,
        SEARCH
    }

    record Query(Kind kind, String name, String path) {}

    private BenchQueries() {}

    static List<Query> all(String year, String month) {
        String m = "/api/v1/analytics/metrics?" + year;
        String b = "/api/v1/analytics/breakdown/";
        String c = "/api/v1/analytics/conversations?" + year;
        return List.of(
                new Query(Kind.METRICS, "year by day (UTC)", m),
                new Query(
                        Kind.METRICS,
                        "year by week (Africa/Johannesburg)",
                        m + "&bucket=week&zone=Africa/Johannesburg"),
                new Query(Kind.METRICS, "year by day (Asia/Kolkata, +5:30)", m + "&zone=Asia/Kolkata"),
                new Query(
                        Kind.METRICS,
                        "31 days by hour (744 buckets)",
                        "/api/v1/analytics/metrics?" + month + "&bucket=hour"),
                new Query(Kind.METRICS, "year by day, one bot", m + "&bot=shop-bot"),
                new Query(Kind.METRICS, "year by day, one team", m + "&team=billing"),
                new Query(Kind.METRICS, "year by day, one agent", m + "&agent=agent-7"),
                new Query(Kind.METRICS, "year by day, one channel", m + "&channel=SOCKET_IO"),
                new Query(Kind.METRICS, "year by day, one language", m + "&language=zu"),
                new Query(
                        Kind.METRICS,
                        "31 days by hour, one agent (America/New_York)",
                        "/api/v1/analytics/metrics?" + month + "&bucket=hour&agent=agent-7&zone=America/New_York"),
                new Query(Kind.METRICS, "breakdown by agent", b + "agent?" + year),
                new Query(Kind.METRICS, "breakdown by bot", b + "bot?" + year),
                new Query(Kind.METRICS, "breakdown by team", b + "team?" + year),
                new Query(Kind.METRICS, "breakdown by channel", b + "channel?" + year),
                new Query(Kind.METRICS, "breakdown by language", b + "language?" + year),
                new Query(Kind.SEARCH, "newest chats", c),
                new Query(Kind.SEARCH, "one agent's chats rated 1", c + "&agent=agent-7&rating=1"),
                new Query(Kind.SEARCH, "abandoned chats of one bot", c + "&outcome=abandoned&bot=faq-bot"),
                new Query(Kind.SEARCH, "a rare word", c + "&q=" + Words.RARE),
                new Query(Kind.SEARCH, "a common word", c + "&q=order"),
                new Query(Kind.SEARCH, "a phrase", c + "&q=%22refund+please%22"),
                new Query(Kind.SEARCH, "a word no chat has", c + "&q=zyzzyva"),
                new Query(Kind.SEARCH, "a word and a filter", c + "&q=invoice&channel=CSML&language=fr"),
                new Query(Kind.SEARCH, "one transcript", "/api/v1/analytics/conversations/bench-2"));
    }
}
