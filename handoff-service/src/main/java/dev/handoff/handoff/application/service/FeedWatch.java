package dev.handoff.handoff.application.service;

import dev.handoff.handoff.application.port.in.VisitorFeedListener;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedCommand;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase.FeedSubscription;
import dev.handoff.handoff.application.port.out.RecordDeliveryPort;
import dev.handoff.handoff.application.port.out.VisitorFeedPort;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.ConversationId;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jboss.logging.Logger;

/** One socket following one chat: delivers the feed in order from the last number it handed out. */
final class FeedWatch implements FeedSubscription {
    private static final Logger LOG = Logger.getLogger(FeedWatch.class);
    static final int PAGE = 200;

    private final WatchVisitorFeedCommand command;
    private final VisitorFeedListener listener;
    private final VisitorFeedPort feed;
    private final RecordDeliveryPort delivery;
    private final Consumer<FeedWatch> onClose;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile boolean closed;
    private volatile boolean stalled;
    private long delivered;

    FeedWatch(
            WatchVisitorFeedCommand command,
            VisitorFeedListener listener,
            VisitorFeedPort feed,
            RecordDeliveryPort delivery,
            Consumer<FeedWatch> onClose) {
        this.command = command;
        this.listener = listener;
        this.feed = feed;
        this.delivery = delivery;
        this.onClose = onClose;
        this.delivered = command.afterSequence();
    }

    ConversationId conversationId() {
        return command.conversationId();
    }

    /** @return whether the caller should run a drain (none is queued yet) */
    boolean markScheduled() {
        return !closed && scheduled.compareAndSet(false, true);
    }

    /**
     * Hands out everything after the last delivered entry; one drain at a time. An entry the listener throws on
     * counts as not delivered: the drain stops there and the next ring starts again from it.
     */
    synchronized void drain() {
        scheduled.set(false);
        stalled = false;
        long before = delivered;
        try {
            List<VisitorFeedEntry> page;
            do {
                page = feed.after(command.conversationId(), delivered, PAGE);
                for (VisitorFeedEntry entry : page) {
                    if (closed) {
                        return;
                    }
                    listener.onEntry(entry);
                    delivered = entry.sequence();
                }
            } while (page.size() == PAGE);
        } catch (RuntimeException e) {
            if (!closed) {
                // The next ring, or the periodic retry of stalled watches, goes on from the same place.
                stalled = true;
                LOG.warnf("visitor feed of %s not delivered now: %s", command.conversationId(), e.toString());
            }
        } finally {
            rememberDelivery(before);
        }
    }

    private void rememberDelivery(long before) {
        if (command.rememberDelivery() && delivered > before) {
            try {
                delivery.deliveredUpTo(command.conversationId(), delivered);
            } catch (RuntimeException e) {
                // At worst a rejoin shows these entries again: a repeat, never a loss.
                LOG.warnf(
                        "delivery of %s up to %d not recorded: %s", command.conversationId(), delivered, e.toString());
            }
        }
    }

    boolean stalled() {
        return stalled;
    }

    synchronized void agentTyping(boolean typing) {
        if (!closed) {
            listener.onAgentTyping(typing);
        }
    }

    @Override
    public void close() {
        closed = true;
        onClose.accept(this);
    }
}
