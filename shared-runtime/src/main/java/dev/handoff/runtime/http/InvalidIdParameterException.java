package dev.handoff.runtime.http;

import jakarta.ws.rs.WebApplicationException;

/**
 * A path or query parameter that is not an id. A {@link WebApplicationException}, because Quarkus REST turns any other
 * failure of a parameter converter into a bare 404 or 400; the shared mappers answer 400 {@code validation} naming the
 * parameter, and a resource that hides what exists maps it to its own 404 instead.
 */
public class InvalidIdParameterException extends WebApplicationException {
    private static final long serialVersionUID = 1L;
    private final String parameter;

    public InvalidIdParameterException(String parameter) {
        super(parameter + " is not an id", 400);
        this.parameter = parameter;
    }

    /** The parameter as the client names it, e.g. {@code conversationId}. */
    public String parameter() {
        return parameter;
    }
}
