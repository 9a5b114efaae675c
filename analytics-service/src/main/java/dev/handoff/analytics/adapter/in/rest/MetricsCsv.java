package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.Distribution;
import dev.handoff.analytics.domain.model.Metrics;
import java.util.ArrayList;
import java.util.List;

/** The columns of every metric table in CSV: the same figures as the JSON, one per column. */
final class MetricsCsv {
    private static final List<String> DISTRIBUTIONS =
            List.of("wait_to_accept_s", "first_response_s", "resolution_s", "messages_per_chat");

    private MetricsCsv() {}

    static List<String> header() {
        List<String> columns = new ArrayList<>(List.of(
                "requests",
                "accepted",
                "abandoned",
                "abandoned_visitor_left",
                "abandoned_expired",
                "abandoned_left_message",
                "abandonment_rate",
                "refused_outside_hours",
                "transfers"));
        for (String name : DISTRIBUTIONS) {
            for (String part : List.of("count", "mean", "p50", "p90", "p99")) {
                columns.add(name + "_" + part);
            }
        }
        columns.addAll(List.of(
                "csat_average",
                "csat_responses",
                "csat_response_rate",
                "csat_1",
                "csat_2",
                "csat_3",
                "csat_4",
                "csat_5",
                "online_s",
                "occupied_s",
                "occupancy"));
        return columns;
    }

    static List<Object> row(Metrics m) {
        List<Object> values = new ArrayList<>(List.of(
                m.requests(),
                m.accepted(),
                m.abandoned().total(),
                m.abandoned().visitorLeft(),
                m.abandoned().expired(),
                m.abandoned().leftMessage()));
        values.add(m.abandonmentRate());
        values.add(m.refusedOutsideHours());
        values.add(m.transfers());
        for (Distribution d : List.of(m.waitToAccept(), m.firstResponse(), m.resolution(), m.messagesPerChat())) {
            values.add(d.count());
            values.add(d.mean());
            values.add(d.p50());
            values.add(d.p90());
            values.add(d.p99());
        }
        values.add(m.csat().average());
        values.add(m.csat().responses());
        values.add(m.csat().responseRate());
        values.addAll(m.csat().distribution());
        values.add(m.occupancy() == null ? null : m.occupancy().onlineSeconds());
        values.add(m.occupancy() == null ? null : m.occupancy().occupiedSeconds());
        values.add(m.occupancy() == null ? null : m.occupancy().rate());
        return values;
    }
}
