package dev.handoff.analytics.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConversationFactTest {
    private static final Instant T0 = Instant.parse("2025-03-10T14:00:00Z");
    private static final AgentId ANA = AgentId.of("ana");
    private static final AgentId SIPHO = AgentId.of("sipho");

    private static ConversationFact fact() {
        return new ConversationFact(TenantId.of("acme"), ConversationId.of("c-1"));
    }

    @Test
    void followsAChatFromRequestToRating() {
        ConversationFact fact = fact();

        fact.requested(BotId.of("support-bot"), null, null, null, T0);
        fact.queued(BotId.of("support-bot"), null, T0.plusSeconds(1));
        fact.assigned(ANA, T0.plusSeconds(30));
        fact.completed(ANA, T0.plusSeconds(600));
        fact.rated(4, T0.plusSeconds(620));

        assertThat(fact.botId()).isEqualTo(BotId.of("support-bot"));
        assertThat(fact.requestedAt()).isEqualTo(T0);
        assertThat(fact.queuedAt()).isEqualTo(T0.plusSeconds(1));
        assertThat(fact.assignedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(fact.agentId()).isEqualTo(ANA);
        assertThat(fact.completedAt()).isEqualTo(T0.plusSeconds(600));
        assertThat(fact.rating()).isEqualTo(4);
        assertThat(fact.startedAt()).isEqualTo(T0);
    }

    @Test
    void lifecycleEventsBeforeTheRequestAreKeptAndTheRequestStillSetsTheStart() {
        ConversationFact fact = fact();

        fact.assigned(ANA, T0.plusSeconds(30));
        assertThat(fact.startedAt()).isEqualTo(T0.plusSeconds(30));

        fact.requested(BotId.of("bot"), null, null, null, T0);

        assertThat(fact.startedAt()).isEqualTo(T0);
        assertThat(fact.assignedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(fact.agentId()).isEqualTo(ANA);
    }

    @Test
    void theFirstAssignmentCountsForTheWaitAndTheLastAgentHoldsTheChat() {
        ConversationFact fact = fact();

        fact.assigned(ANA, T0.plusSeconds(30));
        fact.transferred(SIPHO, T0.plusSeconds(90));
        fact.transferred(null, T0.plusSeconds(120));
        fact.completed(ANA, T0.plusSeconds(300));

        assertThat(fact.assignedAt()).isEqualTo(T0.plusSeconds(30));
        assertThat(fact.agentId()).isEqualTo(SIPHO);
    }

    @Test
    void aRequeueDoesNotMoveTheFirstQueueingNorARepeatedEventTheTimes() {
        ConversationFact fact = fact();

        fact.queued(BotId.of("bot"), null, T0);
        fact.queued(BotId.of("bot"), null, T0.plusSeconds(100));
        fact.assigned(ANA, T0.plusSeconds(10));
        fact.assigned(ANA, T0.plusSeconds(10));

        assertThat(fact.queuedAt()).isEqualTo(T0);
        assertThat(fact.assignedAt()).isEqualTo(T0.plusSeconds(10));
    }

    @Test
    void aCompletionWithoutAssignmentStillNamesTheAgent() {
        ConversationFact fact = fact();

        fact.completed(ANA, T0);

        assertThat(fact.agentId()).isEqualTo(ANA);
        assertThat(fact.assignedAt()).isNull();
    }

    @Test
    void endsAreRecorded() {
        ConversationFact ended = fact();
        ended.endedByVisitor(T0);
        ConversationFact expired = fact();
        expired.expired(T0);

        assertThat(ended.endedAt()).isEqualTo(T0);
        assertThat(expired.expiredAt()).isEqualTo(T0);
    }

    @Test
    void aSecondRatingReplacesTheFirstAndRatingsStayInRange() {
        ConversationFact fact = fact();

        fact.rated(2, T0);
        fact.rated(5, T0.plusSeconds(1));

        assertThat(fact.rating()).isEqualTo(5);
        assertThatThrownBy(() -> fact.rated(0, T0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fact.rated(6, T0)).isInstanceOf(IllegalArgumentException.class);
    }
}
