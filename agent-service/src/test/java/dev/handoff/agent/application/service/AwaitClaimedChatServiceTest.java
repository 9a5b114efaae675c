package dev.handoff.agent.application.service;

import static dev.handoff.agent.application.service.ChatFixture.ACME;
import static dev.handoff.agent.application.service.ChatFixture.ALICE;
import static dev.handoff.agent.application.service.ChatFixture.BOB;
import static dev.handoff.agent.application.service.ChatFixture.OLGA;
import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.shared.event.Completed;
import dev.handoff.shared.id.ConversationId;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Claim, then write (decision 0046): who waits for an assignment still on its way, and for how long. */
class AwaitClaimedChatServiceTest {
    private final ChatFixture f = new ChatFixture();

    @Test
    void theHolderDoesNotWait() {
        ConversationId chat = f.assigned("c-held", ALICE);

        assertThat(f.claims.awaitHolding(ALICE, chat)).isTrue();
        assertThat(f.changes.waits).isZero();
        assertThat(f.changes.open).isZero();
    }

    @Test
    void aWaitingChatIsWrittenOnceItsAssignmentToTheWriterArrives() {
        ConversationId chat = f.waiting("c-claimed");
        f.changes.duringTheNextWait(() -> f.assign(chat, ALICE));
        Instant start = f.clock.instant();

        assertThat(f.claims.awaitHolding(ALICE, chat)).isTrue();
        assertThat(f.changes.waits).isEqualTo(1);
        assertThat(Duration.between(start, f.clock.instant())).isLessThan(Duration.ofSeconds(5));
        assertThat(f.changes.open).as("the watch is closed").isZero();
    }

    @Test
    void aChatNotHeardOfYetIsWaitedForToo() {
        ConversationId chat = ConversationId.of("c-unknown-yet");
        f.changes.duringTheNextWait(() -> f.assigned("c-unknown-yet", ALICE));

        assertThat(f.claims.awaitHolding(ALICE, chat)).isTrue();
    }

    @Test
    void anAssignmentToSomeoneElseEndsTheWaitWithARefusal() {
        ConversationId chat = f.waiting("c-taken");
        f.changes.duringTheNextWait(() -> f.assign(chat, BOB));
        Instant start = f.clock.instant();

        assertThat(f.claims.awaitHolding(ALICE, chat)).isFalse();
        assertThat(f.changes.waits).isEqualTo(1);
        assertThat(Duration.between(start, f.clock.instant())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void nobodyClaimingMeansARefusalOnceTheBoundPassed() {
        ConversationId chat = f.waiting("c-unclaimed");
        Instant start = f.clock.instant();

        assertThat(f.claims.awaitHolding(ALICE, chat)).isFalse();
        assertThat(Duration.between(start, f.clock.instant())).isEqualTo(Duration.ofSeconds(5));
        assertThat(f.changes.open).isZero();
    }

    @Test
    void chatsThatCannotBecomeTheWritersAreRefusedWithoutWaiting() {
        ConversationId bobs = f.assigned("c-bobs", BOB);
        ConversationId ended = f.assigned("c-ended", ALICE);
        f.track.onLifecycle(new Completed(UUID.randomUUID(), f.clock.instant(), ACME, ended, BOB.agentId()));
        ConversationId endedOfBob = f.assigned("c-ended-bob", BOB);
        f.track.onLifecycle(new Completed(UUID.randomUUID(), f.clock.instant(), ACME, endedOfBob, BOB.agentId()));
        ConversationId waiting = f.waiting("c-acme-waiting");

        assertThat(f.claims.awaitHolding(ALICE, bobs)).as("held by another").isFalse();
        assertThat(f.claims.awaitHolding(ALICE, endedOfBob)).as("ended").isFalse();
        assertThat(f.claims.awaitHolding(OLGA, waiting)).as("another tenant's").isFalse();
        assertThat(f.changes.waits).isZero();
        // Their own ended chat is "held" (it stays readable): the write itself then answers 409 chat-ended.
        assertThat(f.claims.awaitHolding(ALICE, ended)).isTrue();
    }

    @Test
    void withoutAFreeWatchTheRefusalIsImmediate() {
        ConversationId chat = f.waiting("c-busy-replica");
        f.changes.watchesLeft = 0;

        assertThat(f.claims.awaitHolding(ALICE, chat)).isFalse();
        assertThat(f.changes.waits).isZero();
    }

    @Test
    void lifecycleChangesAreAnnouncedToWaitingWrites() {
        ConversationId chat = f.assigned("c-announced", ALICE);

        assertThat(f.changes.announced).as("queued, then assigned").containsExactly(chat, chat);
    }
}
