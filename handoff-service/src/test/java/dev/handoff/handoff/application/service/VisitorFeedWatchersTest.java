package dev.handoff.handoff.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.handoff.handoff.application.port.in.VisitorFeedListener;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedCommand;
import dev.handoff.handoff.application.port.in.WatchVisitorFeedUseCase.FeedSubscription;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.handoff.domain.model.VisitorFeedEntry;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A watcher gets its chat's feed once each, in order, across catch-up, live news and failed deliveries. */
class VisitorFeedWatchersTest {
    private static final TenantId TENANT = TenantId.of("demo");
    private static final ConversationId CHAT = ConversationId.of("c-1");

    private final InMemoryHandoffPorts ports = new InMemoryHandoffPorts();
    private final ExecutorService readers = Executors.newFixedThreadPool(4);
    private final VisitorFeedWatchers watchers = new VisitorFeedWatchers(ports.visitorFeed, ports.delivery, readers);

    /** The chat's feed counter is ahead of every entry a test adds: a delivery is never held back by it. */
    @BeforeEach
    void aChatWithItsFeed() {
        ports.saveConversation.save(new Conversation(
                CHAT,
                TENANT,
                BotId.of("demo-bot"),
                VisitorInfo.anonymous(),
                "en",
                null,
                0,
                Instant.EPOCH,
                ConversationStatus.WAITING,
                Instant.EPOCH,
                100,
                0,
                null));
    }

    @AfterEach
    void stop() {
        readers.shutdownNow();
    }

    private long delivered() {
        return ports.conversations.get(CHAT).deliveredSequence();
    }

    private void add(long sequence) {
        ports.visitorFeed.append(new VisitorFeedEntry.BackInQueue(CHAT, sequence, Instant.EPOCH));
    }

    /** Records sequences; can refuse one entry once, as a socket that just went away would. */
    private static final class Recorder implements VisitorFeedListener {
        final List<Long> got = new CopyOnWriteArrayList<>();
        final AtomicBoolean refuseThree = new AtomicBoolean();

        @Override
        public void onEntry(VisitorFeedEntry entry) {
            if (entry.sequence() == 3 && refuseThree.getAndSet(false)) {
                throw new IllegalStateException("socket gone");
            }
            got.add(entry.sequence());
        }

        @Override
        public void onAgentTyping(boolean typing) {
            got.add(typing ? -1L : -2L);
        }
    }

    @Test
    void catchUpThenLiveEntriesArriveOnceInOrderAndTheDeliveryIsRemembered() {
        add(1);
        add(2);
        Recorder recorder = new Recorder();
        FeedSubscription subscription = watchers.watch(new WatchVisitorFeedCommand(TENANT, CHAT, 1, true), recorder);
        for (long s = 3; s <= 50; s++) {
            add(s);
            watchers.feedGrew(CHAT);
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.got.size() == 49);
        assertThat(recorder.got)
                .isSorted()
                .doesNotHaveDuplicates()
                .startsWith(2L, 3L)
                .endsWith(50L);
        assertThat(delivered()).isEqualTo(50L);

        subscription.close();
        add(51);
        watchers.feedGrew(CHAT);
        assertThat(watchers.watching(CHAT)).isZero();
    }

    @Test
    void anEntryTheListenerCouldNotTakeIsOfferedAgainAndNotCountedAsDelivered() {
        add(1);
        add(2);
        add(3);
        add(4);
        Recorder recorder = new Recorder();
        recorder.refuseThree.set(true);
        watchers.watch(new WatchVisitorFeedCommand(TENANT, CHAT, 0, true), recorder);
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.got.size() == 2);
        await().atMost(Duration.ofSeconds(10)).until(() -> delivered() == 2L);

        watchers.retryStalled();
        await().atMost(Duration.ofSeconds(10)).until(() -> recorder.got.size() == 4);
        assertThat(recorder.got).containsExactly(1L, 2L, 3L, 4L);
        assertThat(delivered()).isEqualTo(4L);
    }

    @Test
    void typingGoesOnlyToWatchersOfThatChat() {
        Recorder mine = new Recorder();
        Recorder other = new Recorder();
        watchers.watch(new WatchVisitorFeedCommand(TENANT, CHAT, 0, false), mine);
        watchers.watch(new WatchVisitorFeedCommand(TENANT, ConversationId.of("c-2"), 0, false), other);
        watchers.agentTyping(CHAT, true);
        await().atMost(Duration.ofSeconds(10)).until(() -> mine.got.contains(-1L));
        assertThat(other.got).isEmpty();
    }
}
