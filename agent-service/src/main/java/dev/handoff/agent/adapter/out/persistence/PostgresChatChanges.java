package dev.handoff.agent.adapter.out.persistence;

import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.agent.config.ChatsConfig;
import dev.handoff.runtime.concurrent.RuntimeExecutors;
import dev.handoff.runtime.notify.PostgresChannelListener;
import dev.handoff.shared.id.ConversationId;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Chat changes as PostgreSQL notifications on their own channel (by conversation id): PostgreSQL delivers one to
 * every listening replica, only after its transaction committed, so a watcher that is woken finds the change.
 * After the listener (re)connects every watcher is woken, as notifications sent meanwhile are lost.
 */
@Singleton
public class PostgresChatChanges implements ChatChangesPort {
    private final EntityManager em;
    private final String channel;
    private final int maxWatches;
    private final PostgresChannelListener listener;
    private final ConcurrentHashMap<String, Set<ChatWatch>> watches = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    public PostgresChatChanges(
            EntityManager em, AgroalDataSource dataSource, MeterRegistry registry, ChatsConfig chats) {
        this.em = em;
        this.channel = chats.changesChannel();
        this.maxWatches = chats.claimWaitMaxWaiters();
        this.listener = new PostgresChannelListener(dataSource, channel, this::wake, this::wakeAll);
        Gauge.builder("agent.chat.writes.awaiting.claim", open, AtomicInteger::get)
                .description("Writes waiting for the assignment of a chat their writer just claimed")
                .register(registry);
    }

    void onStart(@Observes StartupEvent event, @Identifier(RuntimeExecutors.LISTEN) Executor listenThreads) {
        listener.start(listenThreads);
    }

    void onStop(@Observes ShutdownEvent event) {
        listener.stop();
        wakeAll();
    }

    @Override
    public void announce(ConversationId id) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, channel)
                .setParameter(2, id.value())
                .getSingleResult();
    }

    @Override
    public Optional<Watch> watch(ConversationId id) {
        if (open.incrementAndGet() > maxWatches) {
            open.decrementAndGet();
            return Optional.empty();
        }
        return Optional.of(register(id, open::decrementAndGet));
    }

    @Override
    public Watch follow(ConversationId id) {
        return register(id, () -> {});
    }

    private Watch register(ConversationId id, Runnable onClose) {
        ChatWatch watch = new ChatWatch(id.value(), onClose);
        // Added within compute, as removal is: a set being dropped by the last close never swallows a new watch.
        watches.compute(id.value(), (key, set) -> {
            Set<ChatWatch> watching = set == null ? ConcurrentHashMap.newKeySet() : set;
            watching.add(watch);
            return watching;
        });
        return watch;
    }

    private void wake(String conversationId) {
        Set<ChatWatch> watching = watches.get(conversationId);
        if (watching != null) {
            watching.forEach(ChatWatch::wake);
        }
    }

    private void wakeAll() {
        watches.values().forEach(set -> set.forEach(ChatWatch::wake));
    }

    /** One waiting request; a change since the last wait is kept (at most one), so none is missed. */
    private final class ChatWatch implements Watch {
        private final String conversationId;
        private final Runnable onClose;
        private final Semaphore changes = new Semaphore(0);
        private final AtomicBoolean closed = new AtomicBoolean();

        ChatWatch(String conversationId, Runnable onClose) {
            this.conversationId = conversationId;
            this.onClose = onClose;
        }

        void wake() {
            if (changes.availablePermits() == 0) {
                changes.release();
            }
        }

        @Override
        public boolean awaitChange(Duration timeout) throws InterruptedException {
            boolean changed = changes.tryAcquire(timeout.toNanos(), TimeUnit.NANOSECONDS);
            changes.drainPermits();
            return changed;
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            watches.computeIfPresent(conversationId, (key, set) -> {
                set.remove(this);
                return set.isEmpty() ? null : set;
            });
            onClose.run();
        }
    }
}
