package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What every {@link FindSilentChatsPort} must do, run against the in-memory fake and the PostgreSQL adapter. The finder
 * reads every tenant's chats: each test does all its work in one unit of work, at times long before any other test's
 * chats, so it finds only its own.
 */
public abstract class FindSilentChatsPortContract {
    private static final Instant NINE = Instant.parse("2000-01-03T09:00:00Z");
    private static final BotId QUICK = BotId.of("quick-bot");
    private static final BotId SLOW = BotId.of("slow-bot");
    private final TenantId tenant = ContractRows.newTenant();

    /**
     * Runs one unit of work with the ports. The adapter's is rolled back: the service's own expiry run must never
     * see these chats.
     */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    private void check(Consumer<PersistencePorts> work) {
        inTransaction(ports -> {
            ports.saveSettings().save(ContractRows.settings(tenant, QUICK, Duration.ofMinutes(10)));
            ports.saveSettings().save(ContractRows.settings(tenant, SLOW, Duration.ofMinutes(60)));
            work.accept(ports);
            return null;
        });
    }

    private ConversationId stored(PersistencePorts ports, BotId bot, Instant lastWord, ConversationStatus status) {
        Conversation chat = ContractRows.chat(tenant, bot, null, 0, lastWord, status);
        ContractRows.create(ports, chat);
        return chat.id();
    }

    private static List<ConversationId> silent(PersistencePorts ports, Instant now, int limit) {
        return ports.silentChats().silentSince(now, limit);
    }

    @Test
    void aChatIsDueWhenItsBotsTimeoutHasPassedNotASecondBefore() {
        check(ports -> {
            ConversationId chat = stored(ports, QUICK, NINE, ConversationStatus.WAITING);
            assertThat(silent(ports, NINE.plusSeconds(599), 10)).isEmpty();
            assertThat(silent(ports, NINE.plusSeconds(600), 10)).containsExactly(chat);
        });
    }

    @Test
    void eachBotsOwnTimeoutCounts() {
        check(ports -> {
            ConversationId quick = stored(ports, QUICK, NINE, ConversationStatus.WAITING);
            stored(ports, SLOW, NINE, ConversationStatus.WAITING);
            assertThat(silent(ports, NINE.plus(Duration.ofMinutes(30)), 10)).containsExactly(quick);
        });
    }

    @Test
    void waitingAndAssignedChatsAreDueEndedOnesNever() {
        check(ports -> {
            ConversationId waiting = stored(ports, QUICK, NINE, ConversationStatus.WAITING);
            ConversationId assigned = stored(ports, QUICK, NINE.plusSeconds(1), ConversationStatus.ASSIGNED);
            stored(ports, QUICK, NINE, ConversationStatus.COMPLETED);
            stored(ports, QUICK, NINE, ConversationStatus.EXPIRED);
            stored(ports, QUICK, NINE, ConversationStatus.LEFT_MESSAGE);
            assertThat(silent(ports, NINE.plus(Duration.ofHours(1)), 10)).containsExactly(waiting, assigned);
        });
    }

    /** The timeout is the bot's: a chat whose bot has no settings has none to pass. */
    @Test
    void aChatWhoseBotHasNoSettingsIsNotFound() {
        check(ports -> {
            stored(ports, BotId.of("unconfigured-bot"), NINE, ConversationStatus.WAITING);
            assertThat(silent(ports, NINE.plus(Duration.ofDays(1)), 10)).isEmpty();
        });
    }

    @Test
    void theLongestSilentComeFirstAndNoMoreThanTheLimit() {
        check(ports -> {
            ConversationId third = stored(ports, QUICK, NINE.plusSeconds(120), ConversationStatus.WAITING);
            ConversationId first = stored(ports, SLOW, NINE, ConversationStatus.ASSIGNED);
            ConversationId second = stored(ports, QUICK, NINE.plusSeconds(60), ConversationStatus.WAITING);
            Instant now = NINE.plus(Duration.ofHours(2));
            assertThat(silent(ports, now, 10)).containsExactly(first, second, third);
            assertThat(silent(ports, now, 2)).containsExactly(first, second);
        });
    }
}
