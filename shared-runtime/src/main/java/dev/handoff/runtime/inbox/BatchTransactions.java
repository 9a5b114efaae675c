package dev.handoff.runtime.inbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/**
 * Applies a batch of Kafka records in one transaction, in order. When a record spoils the batch (anything but an
 * unreachable database, which {@link RetryWhileDatabaseDown} waits out), every record is applied again in its own
 * transaction, so the good ones are kept; the batch then fails, and the failure strategy sends its records to the
 * dead-letter topic (the good ones too, which the inbox makes harmless to replay). A record whose own transaction
 * loses a race (a deadlock, a serialization conflict) is no bad record: the poll is processed again instead.
 */
@ApplicationScoped
public class BatchTransactions {
    private static final Logger LOG = Logger.getLogger(BatchTransactions.class);

    private final EntityManager entityManager;

    public BatchTransactions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Applies every payload in its own transaction, for consumers whose records take locks in an order that one long
     * transaction over many records would break (agent-service locks a chat, then its agent: a batch holding agent X
     * while taking chat B deadlocks with a send that holds chat B and waits for agent X). Throws if one failed.
     */
    public void applyEach(List<String> payloads, Consumer<String> apply) {
        RuntimeException first = null;
        for (String payload : payloads) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply.accept(payload));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isWorthRetrying(e)) {
                    throw e; // the whole poll again (RetryWhileDatabaseDown); the inbox skips what already committed
                }
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /**
     * Applies {@code apply} to every payload in one transaction; throws if one of them could not be applied on its
     * own. Only for records that each lock a single row of one kind (no lock order to break across records).
     */
    public void apply(List<String> payloads, Consumer<String> apply) {
        try {
            QuarkusTransaction.requiringNew()
                    .run(() -> payloads.forEach(payload -> {
                        apply.accept(payload);
                        // Written and forgotten after each record: every query flushes the session first, and a session
                        // holding the whole batch would make each flush look at all of it.
                        entityManager.flush();
                        entityManager.clear();
                    }));
            return;
        } catch (RuntimeException e) {
            if (DatabaseFailures.isUnavailable(e) || payloads.size() == 1) {
                throw e;
            }
            LOG.warnf("a batch of %d records failed (%s); applying them one by one", payloads.size(), e.toString());
        }
        applyEach(payloads, apply);
    }
}
