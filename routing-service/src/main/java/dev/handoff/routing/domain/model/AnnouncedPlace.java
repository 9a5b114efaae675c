package dev.handoff.routing.domain.model;

/**
 * What a waiting visitor is told: their position in their queue (1 = next) and the estimated wait.
 */
public record AnnouncedPlace(int position, long waitSeconds) {
    public AnnouncedPlace {
        if (position < 1 || waitSeconds < 0) {
            throw new IllegalArgumentException("position starts at 1 and a wait is never negative");
        }
    }
}
