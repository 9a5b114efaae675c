package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ViewQueueUseCase;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** The queue view: who waits, for how long, in serving order. */
@Path("/api/v1/queue")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final ViewQueueUseCase queue;
    private final Caller caller;
    private final Clock clock;

    public QueueResource(ViewQueueUseCase queue, Caller caller, Clock clock) {
        this.queue = queue;
        this.caller = caller;
        this.clock = clock;
    }

    @GET
    public List<QueueItemBody> waiting() {
        Instant now = clock.instant();
        var entries = queue.waiting(caller.tenant());
        return java.util.stream.IntStream.range(0, entries.size()).mapToObj(i -> {
            var e = entries.get(i);
            return new QueueItemBody(e.conversationId().value(), i + 1, e.visitorName(), e.botId().value(),
                    e.enqueuedAt(), Math.max(0, Duration.between(e.enqueuedAt(), now).toSeconds()), e.preview(),
                    e.priority(), e.team() == null ? null : e.team().value(),
                    e.offeredTo() == null ? null : e.offeredTo().value());
        }).toList();
    }

    /**
     * One waiting conversation; position counts across the tenant's queues.
     *
     * @param offeredTo the agent it is offered to right now (nobody else may take it meanwhile), or null
     */
    public record QueueItemBody(String conversationId, int position, String visitorName, String botId,
            Instant waitingSince, long waitSeconds, String preview, int priority, String team, String offeredTo) {
    }
}
