package dev.handoff.agent.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.agent.application.port.out.ChatChangesPort.Watch;
import dev.handoff.shared.id.ConversationId;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ChatChangesPort} must do, run against the in-memory fake and the PostgreSQL adapter: a write
 * waiting for its claim, or a send following its chat, is woken by the change of its chat, announced by a committed
 * transaction, and only by that.
 */
public abstract class ChatChangesPortContract extends PortContract<ChatChangesPort> {
    /** Long enough for a notification to cross PostgreSQL on a loaded machine; a wait that is woken returns sooner. */
    private static final Duration WAKE_BOUND = Duration.ofSeconds(10);
    /** How long a wait that nothing wakes is given, to show that it is not woken. */
    private static final Duration QUIET = Duration.ofMillis(300);

    private final ConversationId chat = ConversationId.of("c-" + UUID.randomUUID());

    private void announce(ConversationId id) {
        run(port -> port.announce(id));
    }

    private Watch watch(ConversationId id) {
        return inTransaction(port -> port.watch(id)).orElseThrow();
    }

    @Test
    void aChangeAnnouncedWhileWatchingWakesTheWatchOnce() throws InterruptedException {
        try (Watch watch = watch(chat)) {
            announce(chat);
            assertThat(watch.awaitChange(WAKE_BOUND)).isTrue();
            assertThat(watch.awaitChange(QUIET)).as("the change was seen").isFalse();
        }
    }

    @Test
    void aChangeOfAnotherChatDoesNotWakeTheWatch() throws InterruptedException {
        try (Watch watch = watch(chat)) {
            announce(ConversationId.of("c-" + UUID.randomUUID()));
            assertThat(watch.awaitChange(QUIET)).isFalse();
        }
    }

    @Test
    void everyWatchOfTheChatIsWoken() throws InterruptedException {
        try (Watch first = watch(chat);
                Watch second = watch(chat)) {
            announce(chat);
            assertThat(first.awaitChange(WAKE_BOUND)).isTrue();
            assertThat(second.awaitChange(WAKE_BOUND)).isTrue();
        }
    }

    @Test
    void aSendFollowingTheChatIsWokenByItsChangeToo() throws InterruptedException {
        try (Watch follow = inTransaction(port -> port.follow(chat))) {
            announce(chat);
            assertThat(follow.awaitChange(WAKE_BOUND)).isTrue();
            assertThat(follow.awaitChange(QUIET)).as("the change was seen").isFalse();
        }
    }
}
