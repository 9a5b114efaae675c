package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.application.port.out.QueueOutlookPort.QueueOutlook;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.WaitStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** What every {@link QueueOutlookPort} must do, run against the in-memory fake and the PostgreSQL adapter. */
public abstract class QueueOutlookPortContract {
    private static final Instant NINE = Instant.parse("2026-11-23T09:00:00Z");
    private static final TeamId BILLING = TeamId.of("billing");
    private final TenantId tenant = ContractRows.newTenant();

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    private Conversation stored(TenantId in, TeamId team, int priority, Instant startedAt, ConversationStatus status) {
        Conversation chat = ContractRows.chat(in, ContractRows.BOT, team, priority, startedAt, status);
        inTransaction(ports -> {
            ContractRows.create(ports, chat);
            return null;
        });
        return chat;
    }

    private Conversation waiting(TeamId team, int priority, Instant startedAt) {
        return stored(tenant, team, priority, startedAt, ConversationStatus.WAITING);
    }

    /** Routing told {@code chat} its place and wait at {@code at}. */
    private void told(Conversation chat, long sequence, Instant at, int position, long seconds, WaitStatus status) {
        inTransaction(ports -> {
            ports.feed().append(new VisitorFeedEntry.QueuePosition(chat.id(), sequence, at, position, seconds, status));
            return null;
        });
    }

    private QueueOutlook outlookFor(Conversation chat) {
        return inTransaction(ports -> ports.outlook().outlookFor(chat));
    }

    @Test
    void aChatAloneIsFirstWithNoPaceUntilRoutingGivesOne() {
        assertThat(outlookFor(waiting(BILLING, 0, NINE))).isEqualTo(new QueueOutlook(1, null));
    }

    @Test
    void aheadAreTheWaitingChatsOfHigherPriorityAndThoseOfTheSamePriorityNoYounger() {
        Conversation oldest = waiting(BILLING, 0, NINE);
        Conversation mine = waiting(BILLING, 0, NINE.plusSeconds(60));
        waiting(BILLING, 0, NINE.plusSeconds(60)); // started with mine: counted ahead
        waiting(BILLING, 5, NINE.plusSeconds(300));
        waiting(BILLING, 0, NINE.plusSeconds(600));
        assertThat(outlookFor(mine).position()).isEqualTo(4);
        assertThat(outlookFor(oldest).position()).isEqualTo(2);
    }

    @Test
    void onlyWaitingChatsOfTheSameTenantAndTeamCount() {
        waiting(TeamId.of("sales"), 0, NINE);
        Conversation tenantWide = waiting(null, 0, NINE);
        stored(tenant, BILLING, 0, NINE, ConversationStatus.ASSIGNED);
        stored(tenant, BILLING, 0, NINE, ConversationStatus.COMPLETED);
        stored(ContractRows.newTenant(), BILLING, 0, NINE, ConversationStatus.WAITING);
        assertThat(outlookFor(waiting(BILLING, 0, NINE.plusSeconds(60))).position())
                .isEqualTo(1);
        assertThat(outlookFor(waiting(null, 0, NINE.plusSeconds(60))).position())
                .isEqualTo(2);
        assertThat(outlookFor(tenantWide).position()).isEqualTo(1);
    }

    @Test
    void thePaceIsRoutingsLatestEstimateInTheSameQueuePerPlace() {
        Conversation earlier = waiting(BILLING, 0, NINE.minus(Duration.ofMinutes(20)));
        told(earlier, 1, NINE.minus(Duration.ofMinutes(10)), 4, 120, WaitStatus.ESTIMATED);
        told(earlier, 2, NINE.minus(Duration.ofMinutes(5)), 2, 90, WaitStatus.AGENTS_BUSY);
        Conversation elsewhere = waiting(TeamId.of("sales"), 0, NINE.minus(Duration.ofMinutes(20)));
        told(elsewhere, 1, NINE.minus(Duration.ofMinutes(1)), 1, 500, WaitStatus.ESTIMATED);
        Conversation abroad = stored(
                ContractRows.newTenant(), BILLING, 0, NINE.minus(Duration.ofMinutes(20)), ConversationStatus.WAITING);
        told(abroad, 1, NINE.minus(Duration.ofMinutes(1)), 1, 500, WaitStatus.ESTIMATED);

        QueueOutlook outlook = outlookFor(waiting(BILLING, 0, NINE));

        assertThat(outlook).isEqualTo(new QueueOutlook(2, 45.0));
        assertThat(outlook.estimatedWaitSeconds()).isEqualTo(90L);
    }

    @Test
    void noPaceWhenRoutingLastSaidItCanPromiseNone() {
        Conversation earlier = waiting(BILLING, 0, NINE.minus(Duration.ofMinutes(20)));
        told(earlier, 1, NINE.minus(Duration.ofMinutes(10)), 2, 60, WaitStatus.ESTIMATED);
        told(earlier, 2, NINE.minus(Duration.ofMinutes(5)), 2, 0, WaitStatus.NOT_ACCEPTING);
        assertThat(outlookFor(waiting(BILLING, 0, NINE)).secondsPerPlace()).isNull();
        told(earlier, 3, NINE.minus(Duration.ofMinutes(4)), 2, 0, WaitStatus.NO_AGENTS);
        assertThat(outlookFor(waiting(BILLING, 0, NINE)).secondsPerPlace()).isNull();
    }

    @Test
    void estimatesOfMoreThanAnHourBeforeTheChatAndPlacesOfZeroAreNoPace() {
        Conversation earlier = waiting(BILLING, 0, NINE.minus(Duration.ofHours(2)));
        told(earlier, 1, NINE.minus(Duration.ofMinutes(61)), 2, 60, WaitStatus.ESTIMATED);
        told(earlier, 2, NINE.minus(Duration.ofMinutes(1)), 0, 0, WaitStatus.ESTIMATED);
        assertThat(outlookFor(waiting(BILLING, 0, NINE)).secondsPerPlace()).isNull();
    }
}
