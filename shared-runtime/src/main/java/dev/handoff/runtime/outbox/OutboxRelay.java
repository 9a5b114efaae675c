package dev.handoff.runtime.outbox;

import dev.handoff.runtime.concurrent.RuntimeExecutors;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.common.annotation.Identifier;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Moves committed outbox rows to Kafka and deletes them once the broker acknowledged them.
 * Woken right after each commit, so the message path never waits for a timer; the periodic
 * sweep only picks up what a crash or a broker outage left behind. One relay at a time per
 * schema (a PostgreSQL advisory lock) keeps each conversation's events in commit order across replicas.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final int BATCH = 100;

    @Inject
    @Channel("outbox")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 1024)
    MutinyEmitter<String> emitter;

    @Inject
    OutboxStore store;

    @Inject
    OutboxConfig config;

    @Inject
    @Identifier(RuntimeExecutors.OUTBOX_RELAY)
    Executor worker;

    @Inject
    @Identifier(RuntimeExecutors.OUTBOX_HAND_OFF)
    Executor handOff;

    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private volatile boolean stopping;

    /** Asks for a relay pass soon; calls while one is queued are merged into it. */
    public void wake() {
        if (!stopping && wakeQueued.compareAndSet(false, true)) {
            worker.execute(this::drain);
        }
    }

    /** A transaction that wrote outbox rows committed: relay them now. Never called for one that rolled back. */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wake();
    }

    // Not while starting: the first call creates this bean, and its emitter exists only once messaging is wired.
    @Scheduled(
            every = "${handoff.outbox.sweep-interval:5s}",
            delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void sweep() {
        wake();
    }

    private void drain() {
        wakeQueued.set(false);
        try {
            while (relayBatch() == BATCH) {
                LOG.debug("outbox: full batch relayed, continuing");
            }
        } catch (Exception e) {
            LOG.warnf("outbox: relay pass failed, rows stay for the next pass: %s", e.toString());
        }
    }

    private int relayBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            List<OutboxStore.Row> batch = store.lockAndReadOldest(BATCH);
            if (batch.isEmpty()) {
                return 0;
            }
            // Handed to the emitter from a thread without this transaction: Mutiny's context propagation
            // would otherwise carry the transaction to the Kafka callback threads, and Narayana refuses to
            // commit a transaction other threads are still associated with.
            CompletableFuture<?>[] acks = batch.stream()
                    .map(row -> CompletableFuture.supplyAsync(() -> send(row), handOff)
                            .thenCompose(ack -> ack))
                    .toArray(CompletableFuture[]::new);
            CompletableFuture.allOf(acks).get(config.ackTimeout().toMillis(), TimeUnit.MILLISECONDS);
            store.delete(batch);
            return batch.size();
        });
    }

    private CompletableFuture<Void> send(OutboxStore.Row row) {
        return emitter.sendMessage(EventRecords.message(row.topic(), row.key(), row.eventType(), row.payload()))
                .subscribeAsCompletionStage()
                .toCompletableFuture();
    }

    /**
     * Stops relaying before the emitter and the database go away; unsent rows wait for the next start. The container
     * shuts the pools down after this.
     */
    void onShutdown(@Observes ShutdownEvent event) {
        stopping = true;
    }
}
