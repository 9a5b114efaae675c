package dev.handoff.shared.json;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndProposalWithdrawn;
import dev.handoff.shared.event.EndProposed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessageLeft;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.OffersMissed;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.QueueOverflowed;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Requeued;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.event.Typing;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of event types and their wire names. */
public final class EventTypes {
    /** Every concrete event; a new event must be added here and get a golden file. */
    public static final List<Class<? extends IntegrationEvent>> ALL = List.of(
            HandoffRequested.class,
            Queued.class,
            QueuePositionChanged.class,
            Offered.class,
            Assigned.class,
            Requeued.class,
            Transferred.class,
            SubjectChanged.class,
            Completed.class,
            EndedByVisitor.class,
            Expired.class,
            Rated.class,
            MessagePosted.class,
            Typing.class,
            PresenceChanged.class,
            OffersMissed.class,
            QueueOverflowed.class,
            HandoffRefused.class,
            ErasureRequested.class,
            ErasureConfirmed.class,
            EndProposed.class,
            EndProposalWithdrawn.class,
            MessageLeft.class);

    private static final Map<String, Class<? extends IntegrationEvent>> BY_NAME =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventTypes::nameOf, Function.identity()));

    private EventTypes() {}

    /** The wire name of an event type: its simple class name. */
    public static String nameOf(Class<?> type) {
        return type.getSimpleName();
    }

    public static Optional<Class<? extends IntegrationEvent>> classOf(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    static void requireCommonFields(IntegrationEvent event) {
        Objects.requireNonNull(event.eventId(), "eventId is required");
        Objects.requireNonNull(event.occurredAt(), "occurredAt is required");
        Objects.requireNonNull(event.tenantId(), "tenantId is required");
        // checked before key() so the message names the field instead of a NullPointerException inside key()
        if (event instanceof ConversationEvent conversationEvent) {
            Objects.requireNonNull(conversationEvent.conversationId(), "conversationId is required");
        } else if (event instanceof PresenceChanged presence) {
            Objects.requireNonNull(presence.agentId(), "agentId is required");
        } else if (event instanceof HandoffRefused refused) {
            Objects.requireNonNull(refused.botId(), "botId is required");
        } else if (event instanceof ErasureRequested erasure) {
            Objects.requireNonNull(erasure.requestId(), "requestId is required");
        } else if (event instanceof ErasureConfirmed confirmed) {
            Objects.requireNonNull(confirmed.requestId(), "requestId is required");
            Objects.requireNonNull(confirmed.service(), "service is required");
        }
        Objects.requireNonNull(event.key(), "the key field is required");
    }
}
