package dev.handoff.handoff.application.port.in;

/** A visitor socket follows its chat: first what it missed, then everything new, in order, once each. */
public interface WatchVisitorFeedUseCase {
    /** Starts delivering to {@code listener}; closing the subscription stops it. */
    FeedSubscription watch(WatchVisitorFeedCommand command, VisitorFeedListener listener);

    /** Stops a watch; closing twice is harmless. */
    interface FeedSubscription extends AutoCloseable {
        @Override
        void close();
    }
}
