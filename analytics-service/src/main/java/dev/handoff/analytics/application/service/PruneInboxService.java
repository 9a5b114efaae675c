package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.PruneInboxUseCase;
import dev.handoff.analytics.application.port.out.ProcessedEventsPort;
import dev.handoff.analytics.domain.model.InboxRetention;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;

/** Deletes the inbox's ids once no topic can redeliver their records: the table grows with every event otherwise. */
@ApplicationScoped
public class PruneInboxService implements PruneInboxUseCase {
    private final ProcessedEventsPort processedEvents;
    private final InboxRetention retention;
    private final Clock clock;

    PruneInboxService(ProcessedEventsPort processedEvents, InboxRetention retention, Clock clock) {
        this.processedEvents = processedEvents;
        this.retention = retention;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int prune() {
        return processedEvents.forgetBefore(clock.instant().minus(retention.keep()));
    }
}
