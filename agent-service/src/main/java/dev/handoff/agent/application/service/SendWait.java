package dev.handoff.agent.application.service;

import java.time.Duration;
import java.util.Objects;

/** How long an agent's send waits for its message to be numbered once the broker has it (decision 0082). */
public record SendWait(Duration bound) {
    public SendWait {
        Objects.requireNonNull(bound, "bound");
    }
}
