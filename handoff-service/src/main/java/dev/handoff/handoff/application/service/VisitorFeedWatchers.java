package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.RingVisitorFeedUseCase;
import dev.handoff.handoff.application.port.in.VisitorFeedListener;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedCommand;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase;
import dev.handoff.handoff.application.port.out.RecordDeliveryPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.config.HandoffExecutors;
import dev.handoff.shared.id.ConversationId;
import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * The visitor sockets of this replica and what each has been given. A watcher reads its feed from the database
 * after the last number it delivered, so a catch-up racing live news neither skips nor repeats an entry. Reads run on
 * the readers pool it is given, never on the thread that rang.
 */
@ApplicationScoped
public class VisitorFeedWatchers implements WatchVisitorFeedUseCase, RingVisitorFeedUseCase {
    private final Map<ConversationId, Set<FeedWatch>> watches = new ConcurrentHashMap<>();
    private final VisitorFeedPort feed;
    private final RecordDeliveryPort delivery;
    private final Executor readers;

    public VisitorFeedWatchers(
            VisitorFeedPort feed,
            RecordDeliveryPort delivery,
            @Identifier(HandoffExecutors.FEED_READERS) Executor readers) {
        this.feed = feed;
        this.delivery = delivery;
        this.readers = readers;
    }

    @Override
    public FeedSubscription watch(WatchVisitorFeedCommand command, VisitorFeedListener listener) {
        FeedWatch watch = new FeedWatch(command, listener, feed, delivery, this::forget);
        // Registered before the first read: anything committed meanwhile is found by that read or rings again.
        watches.computeIfAbsent(command.conversationId(), id -> ConcurrentHashMap.newKeySet())
                .add(watch);
        schedule(watch);
        return watch;
    }

    @Override
    public void feedGrew(ConversationId conversationId) {
        watches.getOrDefault(conversationId, Set.of()).forEach(this::schedule);
    }

    @Override
    public void catchUpAll() {
        watches.values().forEach(set -> set.forEach(this::schedule));
    }

    @Override
    public void retryStalled() {
        watches.values().forEach(set -> set.stream().filter(FeedWatch::stalled).forEach(this::schedule));
    }

    @Override
    public void agentTyping(ConversationId conversationId, boolean typing) {
        watches.getOrDefault(conversationId, Set.of()).forEach(w -> readers.execute(() -> w.agentTyping(typing)));
    }

    /** How many sockets of this replica follow the chat (for tests and metrics). */
    public int watching(ConversationId conversationId) {
        return watches.getOrDefault(conversationId, Set.of()).size();
    }

    private void schedule(FeedWatch watch) {
        if (watch.markScheduled()) {
            readers.execute(watch::drain);
        }
    }

    private void forget(FeedWatch watch) {
        watches.computeIfPresent(watch.conversationId(), (id, set) -> {
            set.remove(watch);
            return set.isEmpty() ? null : set;
        });
    }
}
