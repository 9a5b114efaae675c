package dev.handoff.routing.application.port.in;

/** Moves conversations that waited in a team's queue past its overflow time to the tenant-wide queue. */
public interface OverflowTeamQueuesUseCase {
    /** Moves at most {@link #batchSize()} due conversations in one transaction; returns how many were due. */
    int overflowDue();

    int batchSize();
}
