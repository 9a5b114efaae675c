package dev.handoff.routing.adapter.in.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.in.Placement.Outcome;
import dev.handoff.routing.application.port.out.AssignmentWakeup;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueDispatcherTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final QueueKey QUEUE = new QueueKey(DEMO, null);

    private final FakeQueue queue = new FakeQueue();
    private final ExecutorService workers = Executors.newSingleThreadExecutor();
    private final QueueDispatcher dispatcher = new QueueDispatcher(queue, workers, 3);

    @AfterEach
    void stop() {
        workers.shutdownNow();
    }

    private void awaitIdle() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(dispatcher::idle);
    }

    @Test
    void aLongQueueIsServedInPassesThatGoOnWhereTheLastStopped() {
        queue.waiting(7, Outcome.ASSIGNED);

        dispatcher.wake(new AssignmentWakeup(DEMO, QUEUE));
        awaitIdle();

        // seven placements in passes of three, then one step that finds nothing more
        assertThat(queue.placed).isEqualTo(7);
        assertThat(queue.calls.get()).isEqualTo(8);
    }

    @Test
    void aQueueOfConversationsEveryoneTurnedDownIsWalkedOnceNotForever() {
        queue.waiting(10, Outcome.PASSED_OVER);

        dispatcher.wake(new AssignmentWakeup(DEMO, QUEUE));
        awaitIdle();

        assertThat(queue.calls.get()).isEqualTo(11);
    }

    @Test
    void aTenantWakeupServesEveryQueueOfTheTenantWorthServing() {
        queue.waiting(1, Outcome.ASSIGNED);
        queue.teams.add(new QueueKey(DEMO, TeamId.of("billing")));

        dispatcher.wake(new AssignmentWakeup(DEMO, null));

        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queue.served.size() == 2);
        awaitIdle();
        assertThat(queue.served).containsKeys(QUEUE, new QueueKey(DEMO, TeamId.of("billing")));
    }

    /** A tenant-wide queue of conversations that each place as given, plus other queues that are empty. */
    private static final class FakeQueue implements AutoAssignUseCase {
        final AtomicInteger calls = new AtomicInteger();
        final List<Outcome> outcomes = new ArrayList<>();
        final List<QueueKey> teams = new ArrayList<>();
        final Map<QueueKey, Integer> served = new HashMap<>();
        volatile int placed;

        void waiting(int count, Outcome outcome) {
            for (int i = 0; i < count; i++) {
                outcomes.add(outcome);
            }
        }

        @Override
        public synchronized Placement placeNext(QueueKey key, QueuePlace after) {
            calls.incrementAndGet();
            served.merge(key, 1, Integer::sum);
            if (!key.equals(QUEUE)) {
                return Placement.of(Outcome.EMPTY);
            }
            for (int i = after == null ? 0 : (int) after.arrival() + 1; i < outcomes.size(); i++) {
                Outcome outcome = outcomes.get(i);
                if (outcome == Outcome.ASSIGNED) {
                    outcomes.set(i, Outcome.EMPTY);
                    placed++;
                    return new Placement(Outcome.ASSIGNED, new QueuePlace(0, i));
                }
                if (outcome == Outcome.PASSED_OVER) {
                    return new Placement(Outcome.PASSED_OVER, new QueuePlace(0, i));
                }
            }
            return Placement.of(Outcome.EMPTY);
        }

        @Override
        public List<QueueKey> queuesToServe(TenantId tenant) {
            List<QueueKey> all = new ArrayList<>(teams);
            all.add(QUEUE);
            return all;
        }
    }
}
