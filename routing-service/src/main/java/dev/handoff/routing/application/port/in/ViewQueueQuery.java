package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.Claimant;
import java.util.Objects;

/** Who looks at the queue: they see the queues they may take from (see {@link Claimant} for the team rule). */
public record ViewQueueQuery(Claimant viewer) {
    public ViewQueueQuery {
        Objects.requireNonNull(viewer, "viewer");
    }
}
