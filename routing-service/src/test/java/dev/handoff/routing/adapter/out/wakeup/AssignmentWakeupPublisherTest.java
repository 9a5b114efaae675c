package dev.handoff.routing.adapter.out.wakeup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.out.AssignmentWakeup;
import dev.handoff.routing.application.port.out.AssignmentWakeupPort;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.shared.id.TenantId;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.transaction.TransactionManager;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wake-ups reach the dispatcher after a commit, once each; never for a transaction that rolls back. */
@QuarkusTest
@WithTestInfrastructure
class AssignmentWakeupPublisherTest {
    private static final TenantId TENANT = TenantId.of("wakeup-test");
    private static final QueueKey QUEUE = new QueueKey(TENANT, null);

    @Inject
    AssignmentWakeupPort wakeups;

    @Inject
    TransactionManager transactions;

    @Inject
    Heard heard;

    @BeforeEach
    void forget() {
        heard.wakeups.clear();
    }

    @Test
    void wakeupsWaitForTheCommitAndComeOnceEach() throws Exception {
        transactions.begin();
        wakeups.queueChanged(QUEUE);
        wakeups.queueChanged(QUEUE);
        wakeups.agentsChanged(TENANT);
        assertThat(heard.wakeups).isEmpty();

        transactions.commit();

        assertThat(heard.wakeups)
                .containsExactlyInAnyOrder(new AssignmentWakeup(TENANT, QUEUE), new AssignmentWakeup(TENANT, null));
    }

    @Test
    void aRollbackDropsThem() throws Exception {
        transactions.begin();
        wakeups.queueChanged(QUEUE);
        wakeups.agentsChanged(TENANT);

        transactions.rollback();

        assertThat(heard.wakeups).isEmpty();
    }

    @Test
    void aTransactionMarkedForRollbackDropsThem() throws Exception {
        transactions.begin();
        transactions.setRollbackOnly();
        wakeups.agentsChanged(TENANT);
        assertThat(heard.wakeups).isEmpty();

        transactions.rollback();

        assertThat(heard.wakeups).isEmpty();
    }

    @Test
    void withoutATransactionAWakeupGoesAtOnce() {
        wakeups.queueChanged(QUEUE);

        assertThat(heard.wakeups).containsExactly(new AssignmentWakeup(TENANT, QUEUE));
    }

    /** Hears what the dispatcher hears, when it hears it. */
    @Singleton
    static class Heard {
        final List<AssignmentWakeup> wakeups = new CopyOnWriteArrayList<>();

        void heard(@Observes(during = TransactionPhase.AFTER_SUCCESS) AssignmentWakeup wakeup) {
            wakeups.add(wakeup);
        }
    }
}
