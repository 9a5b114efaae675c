package dev.handoff.handoff.domain.model;

import java.time.Instant;

/**
 * What anyone may learn of a bot's handoffs without credentials.
 *
 * @param hours open or closed by the bot's settings (business hours, holidays, enabled), with the next opening
 * @param agentsAvailable whether at least one agent of the tenant is online now (nobody when closed)
 */
public record PublicAvailability(Availability hours, boolean agentsAvailable) {
    public boolean open() {
        return hours.open();
    }

    public Instant nextOpening() {
        return hours.nextOpening();
    }
}
