package dev.handoff.handoff.application.port.in;

import dev.handoff.handoff.domain.model.Availability;

/** No human can be reached now: the bot is disabled, or it is outside business hours or a holiday. */
public class HandoffUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Availability availability;

    public HandoffUnavailableException(Availability availability) {
        super(availability.offlineMessage());
        this.availability = availability;
    }

    public Availability availability() {
        return availability;
    }
}
