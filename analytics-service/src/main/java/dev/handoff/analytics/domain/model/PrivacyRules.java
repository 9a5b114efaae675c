package dev.handoff.analytics.domain.model;

import java.time.Duration;
import java.util.List;

/**
 * What an installation allows: the shortest and longest retention a supervisor may set, the services that must
 * confirm each erasure, and how often retention runs.
 */
public record PrivacyRules(
        Duration shortestRetention, Duration longestRetention, List<String> services, Duration retentionEvery) {
    public PrivacyRules {
        services = List.copyOf(services);
    }

    /** @throws InvalidRetentionException outside the allowed range */
    public void check(Duration keep) {
        if (keep.compareTo(shortestRetention) < 0 || keep.compareTo(longestRetention) > 0) {
            throw new InvalidRetentionException(
                    "transcripts are kept from " + shortestRetention + " to " + longestRetention + ", not " + keep);
        }
    }
}
