package dev.handoff.runtime.erasure;

import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.runtime.outbox.Outbox;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Every service's part of an erasure: erase what it holds ({@link VisitorDataEraser}) and confirm with
 * {@code ErasureConfirmed}, both in one transaction, so a confirmation is never sent for data still there. The
 * confirmations on the same topic pass by untouched (analytics reads them in a channel of its own).
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ErasureRequestsConsumer {
    private static final Logger LOG = Logger.getLogger(ErasureRequestsConsumer.class);
    private final IncomingEvents incoming;
    private final VisitorDataEraser eraser;
    private final Outbox outbox;
    private final Clock clock;
    private final String service;

    ErasureRequestsConsumer(
            IncomingEvents incoming,
            VisitorDataEraser eraser,
            Outbox outbox,
            Clock clock,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.incoming = incoming;
        this.eraser = eraser;
        this.outbox = outbox;
        this.clock = clock;
        this.service = service;
    }

    @Incoming("data-erasure")
    @Blocking
    @Transactional
    public void erase(String payload) {
        incoming.acceptOnly(Topics.DATA_ERASURE, payload, ErasureRequested.class)
                .ifPresent(request -> {
                    int erased = eraser.erase(request.tenantId(), request.conversationIds(), request.startedBefore());
                    outbox.append(new ErasureConfirmed(
                            UUID.randomUUID(),
                            clock.instant(),
                            request.tenantId(),
                            request.requestId(),
                            service,
                            erased));
                    LOG.infof(
                            "erasure %s of tenant %s: %d conversation(s) erased",
                            request.requestId(), request.tenantId(), erased);
                });
    }
}
