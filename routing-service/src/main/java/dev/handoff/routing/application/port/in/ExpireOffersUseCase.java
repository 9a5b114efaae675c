package dev.handoff.routing.application.port.in;

/** Offers nobody answered in time go on to the next agent; safe to run on every replica at once. */
public interface ExpireOffersUseCase {
    /** Ends a batch of expired offers in one transaction; returns how many it found (a full batch: call again). */
    int expireDue();

    /** How many offers one call handles at most. */
    int batchSize();
}
