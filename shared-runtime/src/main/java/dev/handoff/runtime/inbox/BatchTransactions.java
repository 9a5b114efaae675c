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
 * dead-letter topic (the good ones too, which the inbox makes harmless to replay).
 */
@ApplicationScoped
public class BatchTransactions {
    private static final Logger LOG = Logger.getLogger(BatchTransactions.class);

    private final EntityManager entityManager;

    public BatchTransactions(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Applies {@code apply} to every payload; throws if one of them could not be applied on its own. */
    public void apply(List<String> payloads, Consumer<String> apply) {
        try {
            QuarkusTransaction.requiringNew().run(() -> payloads.forEach(payload -> {
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
        RuntimeException first = null;
        for (String payload : payloads) {
            try {
                QuarkusTransaction.requiringNew().run(() -> apply.accept(payload));
            } catch (RuntimeException e) {
                if (DatabaseFailures.isUnavailable(e)) {
                    throw e;
                }
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
