package dev.handoff.routing.domain.model;

import java.time.Duration;
import java.util.Objects;

/**
 * The strategy a queue is served by, and how long an offer waits for its agent.
 *
 * @param offerTimeoutSeconds {@value #MIN_OFFER_TIMEOUT_SECONDS} to {@value #MAX_OFFER_TIMEOUT_SECONDS}
 */
public record StrategySettings(AssignmentStrategy strategy, int offerTimeoutSeconds) {
    public static final int MIN_OFFER_TIMEOUT_SECONDS = 5;
    public static final int MAX_OFFER_TIMEOUT_SECONDS = 600;
    public static final int DEFAULT_OFFER_TIMEOUT_SECONDS = 30;
    /** A tenant that never chose: agents claim, and offers (once chosen) wait 30 seconds. */
    public static final StrategySettings DEFAULT =
            new StrategySettings(AssignmentStrategy.MANUAL, DEFAULT_OFFER_TIMEOUT_SECONDS);

    public StrategySettings {
        Objects.requireNonNull(strategy, "strategy");
        requireValidTimeout(offerTimeoutSeconds);
    }

    /** Throws unless {@code seconds} is an allowed offer timeout. */
    public static int requireValidTimeout(int seconds) {
        if (seconds < MIN_OFFER_TIMEOUT_SECONDS || seconds > MAX_OFFER_TIMEOUT_SECONDS) {
            throw new IllegalArgumentException(
                    "offerTimeoutSeconds must be " + MIN_OFFER_TIMEOUT_SECONDS + ".." + MAX_OFFER_TIMEOUT_SECONDS);
        }
        return seconds;
    }

    public Duration offerTimeout() {
        return Duration.ofSeconds(offerTimeoutSeconds);
    }

    /** These settings with the given values replaced; a null keeps the current one. */
    public StrategySettings with(AssignmentStrategy newStrategy, Integer newOfferTimeoutSeconds) {
        return new StrategySettings(
                newStrategy == null ? strategy : newStrategy,
                newOfferTimeoutSeconds == null ? offerTimeoutSeconds : newOfferTimeoutSeconds);
    }
}
