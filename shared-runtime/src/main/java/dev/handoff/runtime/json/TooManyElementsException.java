package dev.handoff.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A list or map of a REST body with more elements than any field takes (see {@link StrictRestJson}). */
public final class TooManyElementsException extends MismatchedInputException {
    private static final long serialVersionUID = 1L;
    private final int limit;

    TooManyElementsException(JsonParser parser, int limit, Class<?> type) {
        super(parser, "more than " + limit + " elements", type);
        this.limit = limit;
    }

    /** The most elements any list or map may hold. */
    public int limit() {
        return limit;
    }
}
