package dev.handoff.analytics.domain.model;

/**
 * What one rollup row adds up: the chats that started in its span (and had its dimension value), the refusals of
 * its span, and the agents' online and busy time within it. Rows of any spans merge by addition.
 */
public final class RollupCounts {
    public long requests;
    public long accepted;
    public long abandonedLeft;
    public long abandonedExpired;
    /** Of {@link #abandonedLeft}, the chats whose visitor left a message. */
    public long leftMessage;

    public long refusedOutsideHours;
    public long transfers;
    public long rated;
    public long ratingSum;
    /** How many chats were rated 1, 2, 3, 4 and 5. */
    public final long[] ratings = new long[5];

    public long onlineMillis;
    public long occupiedMillis;
    public final Histogram waitMillis = new Histogram();
    public final Histogram firstResponseMillis = new Histogram();
    public final Histogram resolutionMillis = new Histogram();
    public final Histogram messagesPerChat = new Histogram();

    /** Counts one chat. */
    public void add(FactState chat) {
        requests++;
        if (chat.accepted()) {
            accepted++;
            messagesPerChat.add(chat.messages());
        }
        if (chat.leftBeforeAccept()) {
            abandonedLeft++;
            leftMessage += chat.leftMessage() ? 1 : 0;
        } else if (chat.expiredBeforeAccept()) {
            abandonedExpired++;
        }
        transfers += chat.transfers();
        if (chat.rating() != null) {
            rated++;
            ratingSum += chat.rating();
            ratings[chat.rating() - 1]++;
        }
        addIfKnown(waitMillis, chat.waitMillis());
        addIfKnown(firstResponseMillis, chat.firstResponseMillis());
        addIfKnown(resolutionMillis, chat.resolutionMillis());
    }

    /** Counts a request refused because the bot was outside its hours or on holiday. */
    public void addRefusalOutsideHours() {
        refusedOutsideHours++;
    }

    /** Adds an agent's time: online, and of that, with at least one chat. */
    public void addAgentTime(long online, long occupied) {
        onlineMillis += online;
        occupiedMillis += occupied;
    }

    /** Adds another row. */
    public void merge(RollupCounts other) {
        requests += other.requests;
        accepted += other.accepted;
        abandonedLeft += other.abandonedLeft;
        abandonedExpired += other.abandonedExpired;
        leftMessage += other.leftMessage;
        refusedOutsideHours += other.refusedOutsideHours;
        transfers += other.transfers;
        rated += other.rated;
        ratingSum += other.ratingSum;
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] += other.ratings[i];
        }
        onlineMillis += other.onlineMillis;
        occupiedMillis += other.occupiedMillis;
        waitMillis.merge(other.waitMillis);
        firstResponseMillis.merge(other.firstResponseMillis);
        resolutionMillis.merge(other.resolutionMillis);
        messagesPerChat.merge(other.messagesPerChat);
    }

    /** Takes away a row that is part of this one (a day less some of its hours): rows add up exactly. */
    public void subtract(RollupCounts part) {
        requests -= part.requests;
        accepted -= part.accepted;
        abandonedLeft -= part.abandonedLeft;
        abandonedExpired -= part.abandonedExpired;
        leftMessage -= part.leftMessage;
        refusedOutsideHours -= part.refusedOutsideHours;
        transfers -= part.transfers;
        rated -= part.rated;
        ratingSum -= part.ratingSum;
        for (int i = 0; i < ratings.length; i++) {
            ratings[i] -= part.ratings[i];
        }
        onlineMillis -= part.onlineMillis;
        occupiedMillis -= part.occupiedMillis;
        waitMillis.subtract(part.waitMillis);
        firstResponseMillis.subtract(part.firstResponseMillis);
        resolutionMillis.subtract(part.resolutionMillis);
        messagesPerChat.subtract(part.messagesPerChat);
    }

    /** Nothing counted: such rows are not stored. */
    public boolean isEmpty() {
        return requests == 0 && refusedOutsideHours == 0 && onlineMillis == 0;
    }

    private static void addIfKnown(Histogram histogram, Long value) {
        if (value != null) {
            histogram.add(value);
        }
    }
}
