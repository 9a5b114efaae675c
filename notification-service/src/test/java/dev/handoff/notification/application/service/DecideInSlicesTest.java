package dev.handoff.notification.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.notification.DecideJob;
import dev.handoff.notification.NotificationFixture;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase;
import dev.handoff.notification.application.port.in.DecideDueNotificationsUseCase.DecidedSlice;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.testinfra.MutableClock;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Due timers decided a slice per transaction (decision 0092): the outcome of each is what deciding it alone gives,
 * whichever tenants share the slice, and two deciders racing over the same due rows decide each once.
 */
@QuarkusTest
@WithTestInfrastructure
class DecideInSlicesTest {
    private static final String NEW = "NEW_REQUEST";
    private static final String WAITING = "STILL_WAITING";

    @Inject
    MutableClock clock;

    @Inject
    DecideDueNotificationsUseCase decide;

    @BeforeEach
    void pauseTheJob() {
        DecideJob.pause();
    }

    @AfterEach
    void resumeTheJob() {
        DecideJob.resume();
    }

    @Test
    void oneSliceDecidesTheDueTimersOfTwoTenantsEachAsAlone() {
        try (NotificationFixture mailed = new NotificationFixture("slice-mailed", clock);
                NotificationFixture unmailed = new NotificationFixture("slice-unmailed", clock)) {
            mailed.recipients("first@example.com", "second@example.com");
            List<ConversationId> waiting = requests(mailed, 8);
            List<ConversationId> taken = requests(mailed, 2);
            List<ConversationId> nobody = requests(unmailed, 6);
            taken.forEach(id -> mailed.assigned(id, "ana"));
            taken.forEach(id -> mailed.awaitLogged(id, WAITING, "CANCELLED"));

            clock.advance(Duration.ofMinutes(10)); // both timers of every request due at once
            DecidedSlice slice = decide.decideDue(500, Set.of());

            assertThat(slice.claimed()).isGreaterThanOrEqualTo(2 * (waiting.size() + nobody.size()));
            assertThat(slice.failed()).isEmpty();
            for (ConversationId id : waiting) {
                for (String kind : List.of(NEW, WAITING)) {
                    assertThat(mailed.entry(id, kind)).containsEntry("status", "DECIDED");
                    assertThat(mailed.log(id).getList("find { it.kind == '" + kind + "' }.mails.email", String.class))
                            .containsExactlyInAnyOrder("first@example.com", "second@example.com");
                }
            }
            for (ConversationId id : nobody) {
                assertThat(unmailed.entry(id, NEW)).containsEntry("status", "NO_RECIPIENTS");
                assertThat(unmailed.entry(id, WAITING)).containsEntry("status", "NO_RECIPIENTS");
            }
            for (ConversationId id : taken) {
                assertThat(mailed.entry(id, NEW)).containsEntry("status", "CANCELLED");
            }
        }
    }

    @Test
    void twoDecidersRacingOverTheSameDueRowsDecideEachOnce() throws Exception {
        try (NotificationFixture acme = new NotificationFixture("slice-race", clock);
                NotificationFixture other = new NotificationFixture("slice-race-other", clock)) {
            acme.recipients("race@example.com");
            other.recipients("other@example.com");
            List<ConversationId> ids = new ArrayList<>(requests(acme, 20));
            List<ConversationId> others = requests(other, 20);

            clock.advance(Duration.ofMinutes(10));
            CountDownLatch start = new CountDownLatch(1);
            Callable<Integer> decider = () -> {
                start.await();
                int claimed = 0;
                for (DecidedSlice slice = decide.decideDue(9, Set.of());
                        slice.claimed() > 0;
                        slice = decide.decideDue(9, Set.of())) {
                    assertThat(slice.failed()).isEmpty();
                    claimed += slice.claimed();
                }
                return claimed;
            };
            ExecutorService two = Executors.newFixedThreadPool(2);
            try {
                Future<Integer> first = two.submit(decider);
                Future<Integer> second = two.submit(decider);
                start.countDown();
                assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(2 * (ids.size() + others.size()));
            } finally {
                two.shutdown();
            }
            for (ConversationId id : ids) {
                assertThat(acme.log(id).getList("mails.flatten().email", String.class))
                        .containsExactly("race@example.com", "race@example.com"); // one per timer, never two
            }
            for (ConversationId id : others) {
                assertThat(other.log(id).getList("mails.flatten().email", String.class))
                        .containsExactly("other@example.com", "other@example.com");
            }
        }
    }

    /** Requests made now, each with both timers recorded as scheduled (the jobs are paused). */
    private List<ConversationId> requests(NotificationFixture tenant, int count) {
        List<ConversationId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(tenant.request("Visitor " + i, "help " + i, "sales-bot", null, clock.instant()));
        }
        ids.forEach(id -> await().atMost(NotificationFixture.WAIT).until(() -> tenant.entry(id, WAITING) != null));
        return ids;
    }
}
