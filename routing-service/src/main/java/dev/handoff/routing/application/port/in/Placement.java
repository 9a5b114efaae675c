package dev.handoff.routing.application.port.in;

import dev.handoff.routing.domain.model.QueuePlace;
import java.util.Objects;

/**
 * What one placement step did.
 *
 * @param place the conversation's place in serving order, for the next step to start after; null when none was looked at
 */
public record Placement(Outcome outcome, QueuePlace place) {
    /** What happened to the queue's next waiting conversation. */
    public enum Outcome {
        /** Given to an agent. */
        ASSIGNED,
        /** Offered to an agent. */
        OFFERED,
        /** Everyone with room turned this one down; the ones behind it may still find an agent. */
        PASSED_OVER,
        /** Nobody online who serves the queue has room: nothing behind it can be placed either. */
        NO_AGENT,
        /** Nothing waits (or every waiting conversation is being handled by another transaction). */
        EMPTY,
        /** The queue's strategy is MANUAL: agents claim. */
        MANUAL
    }

    public Placement {
        Objects.requireNonNull(outcome, "outcome");
    }

    public static Placement of(Outcome outcome) {
        return new Placement(outcome, null);
    }

    /** Whether the conversations behind this one are worth a next step. */
    public boolean goOn() {
        return outcome == Outcome.ASSIGNED || outcome == Outcome.OFFERED || outcome == Outcome.PASSED_OVER;
    }
}
