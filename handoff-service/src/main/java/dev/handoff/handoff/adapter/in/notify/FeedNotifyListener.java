package dev.handoff.handoff.adapter.in.notify;

import dev.handoff.handoff.application.port.in.RingVisitorFeedUseCase;
import dev.handoff.handoff.config.VisitorFeedConfig;
import dev.handoff.runtime.concurrent.RuntimeExecutors;
import dev.handoff.runtime.notify.PostgresChannelListener;
import dev.handoff.shared.id.ConversationId;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.Executor;

/**
 * Hears feed news from every replica (PostgreSQL NOTIFY, see the announcer for the payloads) and rings this
 * replica's visitor sockets of that chat.
 */
@Singleton
public class FeedNotifyListener {
    private final PostgresChannelListener listener;
    private final RingVisitorFeedUseCase ring;

    public FeedNotifyListener(AgroalDataSource dataSource, RingVisitorFeedUseCase ring, VisitorFeedConfig config) {
        this.ring = ring;
        this.listener = new PostgresChannelListener(dataSource, config.channel(), this::onNews, ring::catchUpAll);
    }

    void onStart(
            @Observes StartupEvent event,
            @io.smallrye.common.annotation.Identifier(RuntimeExecutors.LISTEN) Executor listenThreads) {
        listener.start(listenThreads);
    }

    void onStop(@Observes ShutdownEvent event) {
        listener.stop();
    }

    private void onNews(String payload) {
        int space = payload.indexOf(' ');
        String id = space < 0 ? payload : payload.substring(0, space);
        ConversationId conversation;
        try {
            conversation = ConversationId.of(id);
        } catch (IllegalArgumentException e) {
            return; // not a notice of ours: nothing to wake
        }
        if (space < 0) {
            ring.feedGrew(conversation);
        } else {
            ring.agentTyping(conversation, payload.endsWith(" typing"));
        }
    }

    @Scheduled(
            every = "${handoff.visitor-feed.retry-interval:5s}",
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void retryStalled() {
        ring.retryStalled();
    }
}
