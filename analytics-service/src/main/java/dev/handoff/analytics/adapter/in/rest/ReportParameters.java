package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.Bucketing;
import dev.handoff.analytics.domain.model.Dimension;
import dev.handoff.analytics.domain.model.ReportPeriod;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.model.Channel;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the query parameters every report shares: the period, its time zone and buckets, one slice. */
final class ReportParameters {
    /** The length of the default period, in days: the last 30, today included. */
    static final int DEFAULT_DAYS = 30;

    private static final ZoneId UTC = ZoneId.of("UTC");

    private ReportParameters() {}

    /** The IANA zone of dates and buckets; UTC when absent. */
    static ZoneId zone(String zone) {
        return QueryParameters.absent(zone) ? UTC : InputRules.zone("zone", zone);
    }

    /** Hour, day (default) or week buckets, in any case. */
    static Bucketing bucketing(String bucket) {
        if (QueryParameters.absent(bucket)) {
            return Bucketing.DAY;
        }
        for (Bucketing bucketing : Bucketing.values()) {
            if (bucketing.name().equalsIgnoreCase(bucket)) {
                return bucketing;
            }
        }
        throw new InvalidInputException("bucket", "must be hour, day or week");
    }

    /** The period in {@code zone}: dates are its midnights; the default is the last 30 days, today included. */
    static ReportPeriod period(String from, String to, ZoneId zone, Bucketing bucketing, Instant now) {
        Instant[] bounds = bounds(from, to, zone, now);
        return new ReportPeriod(bounds[0], bounds[1], zone, bucketing);
    }

    /** {@code [from, to)} as in {@link #period}, on any instant. */
    static Instant[] bounds(String from, String to, ZoneId zone, Instant now) {
        Instant end = QueryParameters.absent(to)
                ? now.atZone(zone).toLocalDate().plusDays(1).atStartOfDay(zone).toInstant()
                : instant("to", to, zone);
        Instant start = QueryParameters.absent(from)
                ? end.atZone(zone)
                        .toLocalDate()
                        .minusDays(DEFAULT_DAYS)
                        .atStartOfDay(zone)
                        .toInstant()
                : instant("from", from, zone);
        return new Instant[] {start, end};
    }

    /** A date (midnight in {@code zone}) or an instant, both within the platform's range of dates. */
    private static Instant instant(String name, String value, ZoneId zone) {
        if (value.length() == 10) {
            return InputRules.date(name, value).atStartOfDay(zone).toInstant();
        }
        try {
            return InputRules.instant(name, value);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(
                    name,
                    "must be a date such as 2025-03-10 (midnight in 'zone') or an"
                            + " ISO-8601 instant such as 2025-03-10T08:00:00Z, from 1970-01-01 to 9999-12-31");
        }
    }

    /** The one slice asked for, as (dimension, value); {@link Dimension#ALL} when none. */
    static Map.Entry<Dimension, String> slice(String bot, String team, String agent, String channel, String language) {
        Map<Dimension, String> given = new LinkedHashMap<>();
        put(given, Dimension.BOT, QueryParameters.id("bot", bot));
        put(given, Dimension.TEAM, QueryParameters.id("team", team));
        put(given, Dimension.AGENT, QueryParameters.id("agent", agent));
        Channel byChannel = QueryParameters.channel(channel);
        put(given, Dimension.CHANNEL, byChannel == null ? null : byChannel.name());
        put(given, Dimension.LANGUAGE, QueryParameters.language(language));
        if (given.size() > 1) {
            throw ProblemException.badRequest("Give at most one of bot, team, agent, channel and language: metrics are "
                    + "kept per value of one of them (the transcript list combines any).");
        }
        return given.isEmpty()
                ? Map.entry(Dimension.ALL, Dimension.NONE)
                : given.entrySet().iterator().next();
    }

    private static void put(Map<Dimension, String> given, Dimension dimension, String value) {
        if (value != null) {
            given.put(dimension, value);
        }
    }
}
