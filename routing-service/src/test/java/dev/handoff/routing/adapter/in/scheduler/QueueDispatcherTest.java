package dev.handoff.routing.adapter.in.scheduler;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.AutoAssignUseCase;
import dev.handoff.routing.application.port.in.Placement;
import dev.handoff.routing.application.port.in.Placement.Outcome;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueuePlace;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class QueueDispatcherTest {
    private static final TenantId DEMO = TenantId.of("demo");
    private static final QueueKey QUEUE = new QueueKey(DEMO, null);

    private final FakeQueue queue = new FakeQueue();
    private final FakeTransactions transactions = new FakeTransactions();
    private final QueueDispatcher dispatcher = new QueueDispatcher(queue, transactions, 1, 3);

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    private void awaitIdle() {
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(dispatcher::idle);
    }

    @Test
    void aLongQueueIsServedInPassesThatGoOnWhereTheLastStopped() {
        queue.waiting(7, Outcome.ASSIGNED);

        dispatcher.queueChanged(QUEUE);
        awaitIdle();

        // seven placements in passes of three, then one step that finds nothing more
        assertThat(queue.placed).isEqualTo(7);
        assertThat(queue.calls.get()).isEqualTo(8);
    }

    @Test
    void aQueueOfConversationsEveryoneTurnedDownIsWalkedOnceNotForever() {
        queue.waiting(10, Outcome.PASSED_OVER);

        dispatcher.queueChanged(QUEUE);
        awaitIdle();

        assertThat(queue.calls.get()).isEqualTo(11);
    }

    @Test
    void wakeupsWaitForTheCommitAndARollbackDropsThem() {
        queue.waiting(2, Outcome.ASSIGNED);
        transactions.status = Status.STATUS_ACTIVE;

        dispatcher.queueChanged(QUEUE);
        dispatcher.queueChanged(QUEUE);
        dispatcher.agentsChanged(DEMO);
        assertThat(queue.calls.get()).isZero();
        transactions.complete(Status.STATUS_ROLLEDBACK);
        awaitIdle();
        assertThat(queue.calls.get()).isZero();

        dispatcher.queueChanged(QUEUE);
        transactions.complete(Status.STATUS_COMMITTED);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> queue.placed == 2);
        awaitIdle();

        transactions.status = Status.STATUS_MARKED_ROLLBACK;
        dispatcher.agentsChanged(DEMO);
        assertThat(transactions.synchronizations).isEmpty();
    }

    @Test
    void aTenantWakeupServesEveryQueueOfTheTenantWorthServing() {
        queue.waiting(1, Outcome.ASSIGNED);
        queue.teams.add(new QueueKey(DEMO, TeamId.of("billing")));

        dispatcher.agentsChanged(DEMO);

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

    /** One transaction at a time, completed by the test. */
    private static final class FakeTransactions implements TransactionSynchronizationRegistry {
        volatile int status = Status.STATUS_NO_TRANSACTION;
        final Map<Object, Object> resources = new HashMap<>();
        final List<Synchronization> synchronizations = new ArrayList<>();

        void complete(int outcome) {
            status = Status.STATUS_NO_TRANSACTION;
            synchronizations.forEach(s -> s.afterCompletion(outcome));
            synchronizations.clear();
            resources.clear();
        }

        @Override
        public Object getTransactionKey() {
            return status == Status.STATUS_NO_TRANSACTION ? null : this;
        }

        @Override
        public void putResource(Object key, Object value) {
            resources.put(key, value);
        }

        @Override
        public Object getResource(Object key) {
            return resources.get(key);
        }

        @Override
        public void registerInterposedSynchronization(Synchronization sync) {
            synchronizations.add(sync);
        }

        @Override
        public int getTransactionStatus() {
            return status;
        }

        @Override
        public void setRollbackOnly() {
            status = Status.STATUS_MARKED_ROLLBACK;
        }

        @Override
        public boolean getRollbackOnly() {
            return status == Status.STATUS_MARKED_ROLLBACK;
        }
    }
}
