package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.RecordEventsUseCase;
import dev.handoff.analytics.application.port.out.DirtyHoursPort;
import dev.handoff.analytics.application.port.out.RefusalsPort;
import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.analytics.domain.model.Refusal;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.PresenceChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Sends each event to what records it, then marks the hours the batch changed, each once. */
@ApplicationScoped
public class RecordEventsService implements RecordEventsUseCase {
    private final ChatRecorder chats;
    private final MessageRecorder messages;
    private final PresenceRecorder presence;
    private final RefusalsPort refusals;
    private final DirtyHoursPort dirtyHours;

    RecordEventsService(
            ChatRecorder chats,
            MessageRecorder messages,
            PresenceRecorder presence,
            RefusalsPort refusals,
            DirtyHoursPort dirtyHours) {
        this.chats = chats;
        this.messages = messages;
        this.presence = presence;
        this.refusals = refusals;
        this.dirtyHours = dirtyHours;
    }

    @Override
    @Transactional
    public void record(List<IntegrationEvent> events) {
        DirtyHours dirty = new DirtyHours();
        List<MessagePosted> posted = new ArrayList<>();
        for (IntegrationEvent event : inLockOrder(events)) {
            if (event instanceof MessagePosted message) {
                posted.add(message); // recorded together below: one round trip for all
            } else if (event instanceof ConversationEvent chatEvent) {
                chats.record(chatEvent, dirty);
            } else if (event instanceof PresenceChanged change) {
                presence.record(change, dirty);
            } else if (event instanceof HandoffRefused refused) {
                refusals.add(
                        refused.tenantId(),
                        refused.eventId(),
                        new Refusal(
                                refused.occurredAt(),
                                refused.botId(),
                                refused.reason(),
                                refused.channel(),
                                ConversationFact.primaryLanguage(refused.language()),
                                refused.team()));
                dirty.mark(refused.tenantId(), refused.occurredAt());
            }
        }
        // Messages have their own topic, so a batch holding them holds nothing else and their chats are locked in the
        // batch's order; their counts add up in any order.
        messages.record(posted, dirty);
        // Marked last, so the rows stay locked for the shortest time (a rebuild waits for them).
        dirty.byTenant().forEach(dirtyHours::mark);
    }

    /**
     * The events sorted by tenant and key (conversation, agent or bot), keeping each key's events in their order:
     * concurrent batches then lock facts in one order and never deadlock.
     */
    private static List<IntegrationEvent> inLockOrder(List<IntegrationEvent> events) {
        List<IntegrationEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing((IntegrationEvent e) -> e.tenantId().value())
                .thenComparing(IntegrationEvent::key));
        return sorted;
    }
}
