package dev.handoff.routing.adapter.in.scheduler;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects items during a transaction and hands them on, once each, after it committed; never when it rolls
 * back. Without a transaction an item is handed on at once.
 */
final class AfterCommit<T> {
    private final TransactionSynchronizationRegistry transactions;
    private final Object key;
    private final Consumer<Set<T>> onCommit;

    AfterCommit(TransactionSynchronizationRegistry transactions, Object key, Consumer<Set<T>> onCommit) {
        this.transactions = transactions;
        this.key = key;
        this.onCommit = onCommit;
    }

    @SuppressWarnings("unchecked")
    void add(T item) {
        int status = transactions.getTransactionStatus();
        if (status == Status.STATUS_NO_TRANSACTION) {
            onCommit.accept(Set.of(item));
            return;
        }
        if (status != Status.STATUS_ACTIVE) {
            // Marked for rollback: what it changed will not have happened.
            return;
        }
        Set<T> pending = (Set<T>) transactions.getResource(key);
        if (pending == null) {
            Set<T> collected = new LinkedHashSet<>();
            transactions.putResource(key, collected);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {}

                @Override
                public void afterCompletion(int completion) {
                    if (completion == Status.STATUS_COMMITTED) {
                        onCommit.accept(collected);
                    }
                }
            });
            pending = collected;
        }
        pending.add(item);
    }
}
