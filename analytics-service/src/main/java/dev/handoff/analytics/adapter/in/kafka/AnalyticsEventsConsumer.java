package dev.handoff.analytics.adapter.in.kafka;

import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.Topics;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Feeds requests, lifecycle events, messages and presence into analytics, a batch of records at a time. The topics
 * are read by separate channels, so one chat's lifecycle events or messages may come before its request.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class AnalyticsEventsConsumer {
    private final EventBatches batches;

    AnalyticsEventsConsumer(EventBatches batches) {
        this.batches = batches;
    }

    @Incoming("handoff-requests")
    @Blocking
    public void handoffRequests(List<String> payloads) {
        batches.apply(Topics.HANDOFF_REQUESTS, payloads);
    }

    @Incoming("conversation-lifecycle")
    @Blocking
    public void lifecycle(List<String> payloads) {
        batches.apply(Topics.CONVERSATION_LIFECYCLE, payloads);
    }

    @Incoming("chat-messages")
    @Blocking
    public void messages(List<String> payloads) {
        batches.apply(Topics.CHAT_MESSAGES, payloads);
    }

    @Incoming("agent-presence")
    @Blocking
    public void presence(List<String> payloads) {
        batches.apply(Topics.AGENT_PRESENCE, payloads);
    }
}
