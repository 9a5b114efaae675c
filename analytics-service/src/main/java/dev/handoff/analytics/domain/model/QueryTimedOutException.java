package dev.handoff.analytics.domain.model;

import java.time.Duration;

/** A report or search the storage did not answer within the time a reader is kept waiting; asking later may work. */
public class QueryTimedOutException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Duration limit;

    public QueryTimedOutException(Duration limit) {
        super("the answer took longer than " + limit.toMillis() + " ms and was given up: try again later,"
                + " or ask for a shorter period or a narrower filter");
        this.limit = limit;
    }

    /** The statement timeout that was reached. */
    public Duration limit() {
        return limit;
    }
}
