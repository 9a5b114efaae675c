package dev.handoff.analytics.application.port.in;

import java.util.UUID;

/** The tenant made no erasure request with this id. */
public class UnknownErasureException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnknownErasureException(UUID id) {
        super("There is no erasure request " + id + ".");
    }
}
