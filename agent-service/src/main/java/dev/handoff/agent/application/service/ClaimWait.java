package dev.handoff.agent.application.service;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a write in a chat just claimed waits for its assignment (decision 0046); a value, so the use case knows no
 * configuration framework.
 */
public record ClaimWait(Duration bound) {
    public ClaimWait {
        Objects.requireNonNull(bound, "bound");
    }
}
