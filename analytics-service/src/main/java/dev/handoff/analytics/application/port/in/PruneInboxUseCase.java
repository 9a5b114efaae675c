package dev.handoff.analytics.application.port.in;

/** Forgets the ids of consumed events older than the inbox's retention. */
public interface PruneInboxUseCase {
    /** Deletes the ids past the retention; returns how many. */
    int prune();
}
