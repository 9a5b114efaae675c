package dev.handoff.routing.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.routing.application.port.in.EnqueueHandoffCommand;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.QueuePositionChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EnqueueHandoffServiceTest {
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final TenantId TENANT = TenantId.of("demo");

    private final InMemoryTables tables = new InMemoryTables();
    private final InMemoryQueue queue = new InMemoryQueue(tables);
    private final List<IntegrationEvent> published = new ArrayList<>();
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final Announcing announcing = new Announcing(tables, published, clock);
    private final RecordedWakeups wakeups = new RecordedWakeups();
    private final EnqueueHandoffService service =
            new EnqueueHandoffService(queue, announcing.estimates, published::add, announcing.changes, wakeups, clock);

    private static EnqueueHandoffCommand command(String id, int priority) {
        return new EnqueueHandoffCommand(
                TENANT, ConversationId.of(id), BotId.of("bot"), null, priority, NOW, "Anonymous", null);
    }

    private Queued lastQueued() {
        return published.stream()
                .filter(Queued.class::isInstance)
                .map(Queued.class::cast)
                .reduce((first, second) -> second)
                .orElseThrow();
    }

    @Test
    void queuesFifoWithinAPriorityAndAheadOfLowerPriorities() {
        service.enqueue(command("a", 0));
        assertThat(lastQueued().position()).isEqualTo(1);
        assertThat(lastQueued().estimatedWaitSeconds()).isEqualTo(30);

        service.enqueue(command("b", 0));
        assertThat(lastQueued().position()).isEqualTo(2);
        assertThat(lastQueued().estimatedWaitSeconds()).isEqualTo(60);
        // Queued told them their places: the announcer does not repeat them
        announcing.announceAll();
        assertThat(published).hasSize(2).allMatch(Queued.class::isInstance);

        published.clear();
        service.enqueue(command("urgent", 5));
        announcing.announceAll();
        assertThat(lastQueued().position()).isEqualTo(1);
        assertThat(lastQueued().conversationId().value()).isEqualTo("urgent");
        // the two who were waiting moved back one place each, and are told so
        assertThat(published.subList(1, published.size()))
                .map(QueuePositionChanged.class::cast)
                .extracting(e -> e.conversationId().value() + "@" + e.position() + "/" + e.estimatedWaitSeconds())
                .containsExactly("a@2/60", "b@3/90");
    }

    @Test
    void aRepeatedRequestQueuesOnceAndAnnouncesOnce() {
        service.enqueue(command("a", 0));
        service.enqueue(command("a", 0));

        announcing.announceAll();
        assertThat(queue.waiting(TENANT)).hasSize(1);
        assertThat(published).hasSize(1);
        // only the first asks routing to place it (queues served AUTO); a MANUAL queue ignores the wakeup
        assertThat(wakeups.log).containsExactly("queue demo/-");
    }
}
