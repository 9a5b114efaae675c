package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.ProcessedEventsPort;
import dev.handoff.runtime.inbox.Inbox;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** The shared inbox table {@code processed_event} of this schema, through shared-runtime's inbox. */
@ApplicationScoped
public class ProcessedEventRepository implements ProcessedEventsPort {
    private final Inbox inbox;

    public ProcessedEventRepository(Inbox inbox) {
        this.inbox = inbox;
    }

    @Override
    public int forgetBefore(Instant before) {
        // No index on processed_at here: an hourly scan costs less than keeping one up to date on every insert.
        return inbox.forgetBefore(before);
    }
}
