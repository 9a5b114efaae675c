package dev.handoff.routing.application.port.in;

/** Tells the visitors of changed queues their new place and wait, at most once each per run; on every replica. */
public interface AnnounceQueuePositionsUseCase {
    /** The number of the newest change so far: a run announces the changes up to it, so every queue at most once. */
    long latestChange();

    /** Announces one queue with a change numbered up to {@code upTo}, in one transaction; false when none is left. */
    boolean announceNextQueue(long upTo);
}
