package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.Bucketing;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.runtime.problem.ProblemException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** Reads the query parameters every report shares: the period, its time zone and buckets, one slice. */
final class ReportParameters {
    /** The length of the default period, in days: the last 30, today included. */
    static final int DEFAULT_DAYS = 30;

    private ReportParameters() {
    }

    static ZoneId zone(String zone) {
        if (zone == null || zone.isBlank()) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("'zone' must be an IANA time zone such as Africa/Johannesburg, not '"
                    + zone + "'.");
        }
    }

    static Bucketing bucketing(String bucket) {
        if (bucket == null || bucket.isBlank()) {
            return Bucketing.DAY;
        }
        try {
            return Bucketing.valueOf(bucket.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("'bucket' must be hour, day or week, not '" + bucket + "'.");
        }
    }

    /** The period in {@code zone}: dates are its midnights; the default is the last 30 days, today included. */
    static ReportPeriod period(String from, String to, ZoneId zone, Bucketing bucketing, Instant now) {
        Instant[] bounds = bounds(from, to, zone, now);
        return new ReportPeriod(bounds[0], bounds[1], zone, bucketing);
    }

    /** {@code [from, to)} as in {@link #period}, on any instant. */
    static Instant[] bounds(String from, String to, ZoneId zone, Instant now) {
        Instant end = to == null || to.isBlank()
                ? now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant() : instant("to", to, zone);
        Instant start = from == null || from.isBlank()
                ? end.atZone(zone).toLocalDate().minusDays(DEFAULT_DAYS).atStartOfDay(zone).toInstant()
                : instant("from", from, zone);
        return new Instant[] {start, end};
    }

    private static Instant instant(String name, String value, ZoneId zone) {
        try {
            return value.length() == 10 ? LocalDate.parse(value).atStartOfDay(zone).toInstant() : Instant.parse(value);
        } catch (DateTimeException e) {
            throw ProblemException.badRequest("'" + name + "' must be a date such as 2025-03-10 (midnight in 'zone') "
                    + "or an ISO-8601 instant such as 2025-03-10T08:00:00Z.");
        }
    }

    /** The one slice asked for, as (dimension, value); {@link Dimension#ALL} when none. */
    static Map.Entry<Dimension, String> slice(String bot, String team, String agent, String channel, String language) {
        Map<Dimension, String> given = new LinkedHashMap<>();
        put(given, Dimension.BOT, bot);
        put(given, Dimension.TEAM, team);
        put(given, Dimension.AGENT, agent);
        put(given, Dimension.CHANNEL, channel == null ? null : channel.toUpperCase(Locale.ROOT));
        put(given, Dimension.LANGUAGE, language == null ? null : language.toLowerCase(Locale.ROOT));
        if (given.size() > 1) {
            throw ProblemException.badRequest("Give at most one of bot, team, agent, channel and language: metrics are "
                    + "kept per value of one of them (the transcript list combines any).");
        }
        return given.isEmpty() ? Map.entry(Dimension.ALL, Dimension.NONE) : given.entrySet().iterator().next();
    }

    private static void put(Map<Dimension, String> given, Dimension dimension, String value) {
        if (value != null && !value.isBlank()) {
            if (value.length() > 128) {
                throw ProblemException.badRequest("'" + dimension.key() + "' is longer than 128 characters.");
            }
            given.put(dimension, value);
        }
    }
}
