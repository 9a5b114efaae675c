package dev.handoff.runtime.inbox;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The front door of every Kafka consumer: parses a record and lets it through once.
 * A record nobody can understand is logged and skipped rather than blocking its partition forever.
 */
@ApplicationScoped
public class IncomingEvents {
    private static final Logger LOG = Logger.getLogger(IncomingEvents.class);

    @Inject
    EventJson eventJson;

    @Inject
    Inbox inbox;

    /** The event, unless it is malformed or was already processed. Call inside the applying transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<IntegrationEvent> accept(String topic, String payload) {
        IntegrationEvent event;
        try {
            event = eventJson.read(payload);
        } catch (MalformedEventException e) {
            LOG.errorf("skipping malformed record on %s: %s", topic, e.getMessage());
            return Optional.empty();
        }
        if (!inbox.firstDelivery(event.eventId())) {
            LOG.debugf("skipping redelivered %s %s", event.getClass().getSimpleName(), event.eventId());
            return Optional.empty();
        }
        return Optional.of(event);
    }

    /**
     * The events of a batch of records, in their order, without the malformed ones (logged) and those already
     * processed, through the inbox in one statement. Call inside the applying transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<IntegrationEvent> acceptAll(String topic, List<String> payloads) {
        List<IntegrationEvent> parsed = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            try {
                parsed.add(eventJson.read(payload));
            } catch (MalformedEventException e) {
                LOG.errorf("skipping malformed record on %s: %s", topic, e.getMessage());
            }
        }
        Set<UUID> first = inbox.firstDeliveries(
                parsed.stream().map(IntegrationEvent::eventId).toList());
        List<IntegrationEvent> accepted = new ArrayList<>(parsed.size());
        for (IntegrationEvent event : parsed) {
            // removed when taken: the same event twice in one batch is let through once
            if (first.remove(event.eventId())) {
                accepted.add(event);
            } else {
                LOG.debugf("skipping redelivered %s %s", event.getClass().getSimpleName(), event.eventId());
            }
        }
        return accepted;
    }

    /**
     * The event if it is a {@code type}, unless it is malformed or was already processed; an event of another type
     * on the same topic is let through the inbox and ignored. Call inside the applying transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends IntegrationEvent> Optional<T> accept(String topic, String payload, Class<T> type) {
        return accept(topic, payload).filter(type::isInstance).map(type::cast);
    }

    /**
     * The event if it is a {@code type}, unless it is malformed or was already processed; an event of another type
     * is ignored without passing the inbox, for a service that reads one topic in several channels (one per type):
     * the channel of the other type must still find it unprocessed. Call inside the applying transaction.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public <T extends IntegrationEvent> Optional<T> acceptOnly(String topic, String payload, Class<T> type) {
        try {
            if (!type.isInstance(eventJson.read(payload))) {
                return Optional.empty();
            }
        } catch (MalformedEventException e) {
            // accept() logs and skips it
        }
        return accept(topic, payload, type);
    }
}
