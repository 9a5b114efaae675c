package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ViewQueueQuery;
import dev.handoff.routing.application.port.in.ViewQueueUseCase;
import dev.handoff.routing.application.port.in.WaitingConversation;
import dev.handoff.routing.domain.model.QueueEntry;
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
import java.util.stream.IntStream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The queue view: who waits in the queues the caller may take from, for how long, in serving order. */
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
        List<WaitingConversation> shown = queue.waiting(new ViewQueueQuery(ClaimResource.claimant(caller)));
        return IntStream.range(0, shown.size())
                .mapToObj(i -> {
                    QueueEntry e = shown.get(i).entry();
                    return new QueueItemBody(
                            e.conversationId().value(),
                            i + 1,
                            e.visitorName(),
                            e.botId().value(),
                            e.enqueuedAt(),
                            Math.max(0, Duration.between(e.enqueuedAt(), now).toSeconds()),
                            e.preview(),
                            e.priority(),
                            e.team() == null ? null : e.team().value(),
                            e.offeredTo() == null ? null : e.offeredTo().value(),
                            shown.get(i).place().position(),
                            shown.get(i).place().waitSeconds(),
                            shown.get(i).place().status().name(),
                            e.overflowedFrom() == null
                                    ? null
                                    : e.overflowedFrom().value());
                })
                .toList();
    }

    /**
     * One waiting conversation.
     *
     * @param position its place in this list: serving order across the queues the caller may take from
     * @param offeredTo the agent it is offered to right now (nobody else may take it meanwhile), or null
     * @param queuePosition its place in its own queue, as its visitor is told
     * @param estimatedWaitSeconds the wait its visitor is told: queue position times the queue's measured time
     *     per assignment; 0 when {@code waitStatus} promises none
     * @param waitStatus what its visitor is told of the wait: {@code ESTIMATED}, {@code AGENTS_BUSY},
     *     {@code NOT_ACCEPTING} (agents online, nobody taking chats) or {@code NO_AGENTS} (nobody online)
     * @param overflowedFrom the team queue it overflowed from to the tenant-wide queue, or null
     */
    public record QueueItemBody(
            String conversationId,
            int position,
            @Schema(nullable = true) String visitorName,
            String botId,
            Instant waitingSince,
            long waitSeconds,
            @Schema(nullable = true) String preview,
            int priority,
            @Schema(nullable = true) String team,
            @Schema(nullable = true) String offeredTo,
            int queuePosition,
            @Schema(nullable = true) long estimatedWaitSeconds,
            String waitStatus,
            @Schema(nullable = true) String overflowedFrom) {}
}
