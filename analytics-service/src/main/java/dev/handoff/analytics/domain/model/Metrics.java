package dev.handoff.analytics.domain.model;

import java.util.List;

/**
 * The figures analysts read for a span and a slice of the chats (all of them, or one bot, team, agent, channel or
 * language). Chats count in the span they started in; agents' time where it was spent.
 *
 * @param requests handoff requests (chats started)
 * @param accepted of those, how many an agent took
 * @param abandoned of those, how many ended before any agent took them
 * @param abandonmentRate abandoned / requests, null without requests
 * @param refusedOutsideHours requests refused because the bot was outside its hours or on holiday
 * @param transfers transfers of these chats
 * @param waitToAccept seconds from the request to the first acceptance
 * @param firstResponse seconds from the first acceptance to the first agent message
 * @param resolution seconds from the request to the end of accepted chats
 * @param messagesPerChat visitor and agent messages per accepted chat
 * @param csat the visitors' ratings
 * @param occupancy the agents' time online and busy, null for bots, channels and languages
 */
public record Metrics(
        long requests,
        long accepted,
        Abandoned abandoned,
        Double abandonmentRate,
        long refusedOutsideHours,
        long transfers,
        Distribution waitToAccept,
        Distribution firstResponse,
        Distribution resolution,
        Distribution messagesPerChat,
        Csat csat,
        Occupancy occupancy) {

    /**
     * Chats that ended before an agent took them, by how.
     *
     * @param leftMessage of {@code visitorLeft}, those whose visitor left a message because nobody was accepting
     */
    public record Abandoned(long total, long visitorLeft, long expired, long leftMessage) {}

    /**
     * Visitor satisfaction.
     *
     * @param average mean rating 1-5, null without ratings
     * @param responseRate rated / accepted chats, null without accepted chats
     * @param distribution how many ratings of 1, 2, 3, 4 and 5
     */
    public record Csat(Double average, long responses, Double responseRate, List<Long> distribution) {}

    /**
     * Agents' time.
     *
     * @param rate occupied / online, null without online time
     */
    public record Occupancy(long onlineSeconds, long occupiedSeconds, Double rate) {}

    /** The figures of added-up rollup rows; occupancy only where agents' time is kept. */
    public static Metrics of(RollupCounts c, boolean withOccupancy) {
        long abandoned = c.abandonedLeft + c.abandonedExpired;
        Csat csat = new Csat(
                c.rated == 0 ? null : round((double) c.ratingSum / c.rated),
                c.rated,
                ratio(c.rated, c.accepted),
                List.of(c.ratings[0], c.ratings[1], c.ratings[2], c.ratings[3], c.ratings[4]));
        Occupancy occupancy = withOccupancy
                ? new Occupancy(c.onlineMillis / 1000, c.occupiedMillis / 1000, ratio(c.occupiedMillis, c.onlineMillis))
                : null;
        return new Metrics(
                c.requests,
                c.accepted,
                new Abandoned(abandoned, c.abandonedLeft, c.abandonedExpired, c.leftMessage),
                ratio(abandoned, c.requests),
                c.refusedOutsideHours,
                c.transfers,
                Distribution.secondsOf(c.waitMillis),
                Distribution.secondsOf(c.firstResponseMillis),
                Distribution.secondsOf(c.resolutionMillis),
                Distribution.of(c.messagesPerChat),
                csat,
                occupancy);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : round((double) part / whole);
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }
}
