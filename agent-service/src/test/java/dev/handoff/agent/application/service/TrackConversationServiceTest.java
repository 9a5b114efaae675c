package dev.handoff.agent.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TrackConversationServiceTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");

    private final InMemoryConversations store = new InMemoryConversations();
    private final TrackConversationService track = new TrackConversationService(store);
    private final ListPendingHandoffsService list = new ListPendingHandoffsService(store);

    private static HandoffRequested requested(String id, String name, int priority, Instant at) {
        return new HandoffRequested(UUID.randomUUID(), at, TENANT, ConversationId.of(id), BotId.of("demo-bot"),
                new VisitorInfo(name, null, null, Map.of()), List.of(new HistoryEntry(Sender.VISITOR, "hi " + id, null)),
                "en", null, priority, null);
    }

    private static Queued queued(String id) {
        return new Queued(UUID.randomUUID(), T0, TENANT, ConversationId.of(id), BotId.of("demo-bot"), null, 0, 1, 60);
    }

    @Test
    void listsQueuedRequestsMostUrgentFirstThenLongestWaiting() {
        track.onHandoffRequested(requested("late", "Lee", 0, T0.plusSeconds(20)));
        track.onHandoffRequested(requested("early", null, 0, T0));
        track.onHandoffRequested(requested("vip", "Vic", 3, T0.plusSeconds(30)));
        List.of("late", "early", "vip").forEach(id -> track.onLifecycle(queued(id)));

        List<PendingHandoff> pending = list.pending(TENANT);

        assertThat(pending).extracting(p -> p.conversationId().value()).containsExactly("vip", "early", "late");
        assertThat(pending.get(1).visitorName()).isEqualTo("Anonymous");
        assertThat(pending.get(1).preview()).isEqualTo("hi early");
        assertThat(pending.get(1).waitingSince()).isEqualTo(T0);
    }

    @Test
    void aQueuedEventArrivingBeforeTheRequestStillEndsUpListed() {
        track.onLifecycle(queued("c"));
        assertThat(list.pending(TENANT)).isEmpty();
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        assertThat(list.pending(TENANT)).extracting(PendingHandoff::visitorName).containsExactly("Cee");
    }

    @Test
    void anAssignmentRemovesTheRequestFromTheList() {
        track.onHandoffRequested(requested("c", "Cee", 0, T0));
        track.onLifecycle(queued("c"));
        track.onLifecycle(new Assigned(UUID.randomUUID(), T0, TENANT, ConversationId.of("c"), AgentId.of("alice"),
                "Alice", AssignmentMethod.CLAIM));
        assertThat(list.pending(TENANT)).isEmpty();
    }

    private static final class InMemoryConversations implements AgentConversationPort {
        private final Map<ConversationId, AgentConversation> byId = new HashMap<>();

        @Override
        public AgentConversation lockOrStart(ConversationId id, TenantId tenant) {
            return byId.computeIfAbsent(id, key -> AgentConversation.firstHeardOf(key, tenant));
        }

        @Override
        public void save(AgentConversation conversation) {
            byId.put(conversation.id(), conversation);
        }

        @Override
        public List<AgentConversation> pending(TenantId tenant) {
            return byId.values().stream().filter(c -> c.tenantId().equals(tenant)).filter(AgentConversation::isPending)
                    .sorted(Comparator.<AgentConversation>comparingInt(c -> -c.details().orElseThrow().priority())
                            .thenComparing(c -> c.details().orElseThrow().requestedAt()))
                    .toList();
        }
    }
}
