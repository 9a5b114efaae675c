package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.ConversationChangeCommand;
import dev.handoff.notification.application.port.in.ConversationChangeCommand.Change;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.LifecycleEvent;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Sifts one poll of lifecycle records before its transaction (decision 0083): every assignment moves every waiting
 * visitor, so a poll often holds several places of one conversation, and only the last of them is still true. Records
 * that change nothing here, and places a later place or queueing of the same conversation overwrites, are dropped;
 * the rest keep each conversation's order, the conversations one after the other by id, so every batch transaction
 * locks them in the same order.
 */
final class LifecyclePoll {
    private static final Logger LOG = Logger.getLogger(LifecyclePoll.class);

    private record Read(String payload, ConversationChangeCommand change) {}

    private LifecyclePoll() {}

    static List<String> sift(List<String> payloads, EventJson eventJson, String topic) {
        List<Read> changes = new ArrayList<>(payloads.size());
        for (String payload : payloads) {
            try {
                IntegrationEvent event = eventJson.read(payload);
                Optional<ConversationChangeCommand> change =
                        event instanceof LifecycleEvent e ? LifecycleConsumer.change(e) : Optional.empty();
                change.ifPresent(c -> changes.add(new Read(payload, c)));
            } catch (MalformedEventException e) {
                LOG.errorf("skipping malformed record on %s: %s", topic, e.getMessage());
            }
        }
        Map<ConversationId, Integer> lastPlace = new HashMap<>();
        for (int i = 0; i < changes.size(); i++) {
            if (setsPlace(changes.get(i).change())) {
                lastPlace.put(changes.get(i).change().conversationId(), i);
            }
        }
        List<Read> kept = new ArrayList<>(changes.size());
        for (int i = 0; i < changes.size(); i++) {
            ConversationChangeCommand change = changes.get(i).change();
            if (change.change() != Change.MOVED || lastPlace.get(change.conversationId()) == i) {
                kept.add(changes.get(i));
            }
        }
        kept.sort(Comparator.comparing(r -> r.change().conversationId().value()));
        return kept.stream().map(Read::payload).toList();
    }

    private static boolean setsPlace(ConversationChangeCommand change) {
        return change.change() == Change.MOVED || change.change() == Change.QUEUED;
    }
}
