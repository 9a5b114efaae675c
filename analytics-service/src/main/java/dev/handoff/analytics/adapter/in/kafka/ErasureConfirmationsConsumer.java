package dev.handoff.analytics.adapter.in.kafka;

import dev.handoff.analytics.application.port.in.ErasuresUseCase;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Reads every service's confirmation of an erasure. The same topic's requests are read by every service's own
 * group (shared-runtime's ErasureRequestsConsumer, analytics' included); this is a second group, for the status.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ErasureConfirmationsConsumer {
    private final IncomingEvents incoming;
    private final ErasuresUseCase erasures;

    ErasureConfirmationsConsumer(IncomingEvents incoming, ErasuresUseCase erasures) {
        this.incoming = incoming;
        this.erasures = erasures;
    }

    @Incoming("erasure-confirmations")
    @Blocking
    @Transactional
    public void confirmation(String payload) {
        incoming.acceptOnly(Topics.DATA_ERASURE, payload, ErasureConfirmed.class)
                .ifPresent(erasures::confirmed);
    }
}
