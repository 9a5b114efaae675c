package dev.handoff.analytics.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.analytics.domain.model.ConversationFact;
import dev.handoff.shared.GoldenEvents;
import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Offered;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.SubjectChanged;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecordConversationEventServiceTest {
    private final InMemoryConversationFacts facts = new InMemoryConversationFacts();
    private final RecordConversationEventService service = new RecordConversationEventService(facts);

    private ConversationFact fact(ConversationEvent event) {
        return facts.find(event.tenantId(), event.conversationId()).orElseThrow();
    }

    @Test
    void theGoldenEventsMakeOneCompleteFact() {
        HandoffRequested requested = GoldenEvents.event(HandoffRequested.class);
        Queued queued = GoldenEvents.event(Queued.class);
        Assigned assigned = GoldenEvents.event(Assigned.class);
        Transferred transferred = GoldenEvents.event(Transferred.class);
        Completed completed = GoldenEvents.event(Completed.class);
        Rated rated = GoldenEvents.event(Rated.class);

        List.of(requested, queued, assigned, transferred, completed, rated).forEach(service::record);

        ConversationFact fact = fact(requested);
        assertThat(fact.botId()).isEqualTo(requested.botId());
        assertThat(fact.requestedAt()).isEqualTo(requested.occurredAt());
        assertThat(fact.queuedAt()).isEqualTo(queued.occurredAt());
        assertThat(fact.assignedAt()).isEqualTo(assigned.occurredAt());
        assertThat(fact.agentId()).isEqualTo(transferred.toAgentId());
        assertThat(fact.completedAt()).isEqualTo(completed.occurredAt());
        assertThat(fact.rating()).isEqualTo(rated.score());
    }

    @Test
    void lifecycleEventsArrivingBeforeTheRequestAreMergedWithIt() {
        HandoffRequested requested = GoldenEvents.event(HandoffRequested.class);
        Assigned assigned = GoldenEvents.event(Assigned.class);

        service.record(assigned);
        service.record(requested);

        ConversationFact fact = fact(requested);
        assertThat(fact.assignedAt()).isEqualTo(assigned.occurredAt());
        assertThat(fact.requestedAt()).isEqualTo(requested.occurredAt());
        assertThat(fact.startedAt()).isEqualTo(requested.occurredAt());
        assertThat(facts.size()).isEqualTo(1);
    }

    @Test
    void endsAreRecordedFromTheGoldenEvents() {
        EndedByVisitor ended = GoldenEvents.event(EndedByVisitor.class);
        Expired expired = GoldenEvents.event(Expired.class);

        service.record(ended);
        service.record(expired);

        assertThat(fact(ended).endedAt()).isEqualTo(ended.occurredAt());
        assertThat(fact(expired).expiredAt()).isEqualTo(expired.occurredAt());
    }

    @Test
    void eventsAnalyticsDoesNotCountLeaveNoFact() {
        List<ConversationEvent> ignored = List.of(GoldenEvents.event(QueuePositionChanged.class),
                GoldenEvents.event(Offered.class), GoldenEvents.event(SubjectChanged.class),
                GoldenEvents.event(MessagePosted.class));

        ignored.forEach(service::record);

        assertThat(facts.size()).isZero();
    }

    @Test
    void theSameConversationIdInTwoTenantsMakesTwoFacts() {
        ConversationId conversation = ConversationId.of("shared-id");
        Instant at = Instant.parse("2025-03-10T14:00:00Z");

        service.record(new Assigned(UUID.randomUUID(), at, TenantId.of("acme"), conversation, AgentId.of("ana"), "Ana",
                AssignmentMethod.CLAIM));
        service.record(new Assigned(UUID.randomUUID(), at, TenantId.of("globex"), conversation, AgentId.of("hank"),
                "Hank", AssignmentMethod.AUTO));

        assertThat(facts.find(TenantId.of("acme"), conversation).orElseThrow().agentId()).isEqualTo(AgentId.of("ana"));
        assertThat(facts.find(TenantId.of("globex"), conversation).orElseThrow().agentId()).isEqualTo(AgentId.of("hank"));
    }
}
