package dev.handoff.handoff.application.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.domain.model.BotAppearance;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import dev.handoff.shared.model.Holiday;
import dev.handoff.shared.model.WeeklySlot;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * What {@link LoadBotSettingsPort} and {@link SaveBotSettingsPort} must do together, run against the in-memory fakes
 * and the PostgreSQL adapter.
 */
public abstract class BotSettingsPortsContract {
    private final TenantId tenant = ContractRows.newTenant();
    // loadInAnyTenant reads every tenant: a bot id of its own keeps other tests' bots out
    private final BotId bot = BotId.of("bot-" + UUID.randomUUID());

    /** Runs one unit of work with the ports: in its own transaction where they are transactional. */
    protected abstract <T> T inTransaction(Function<PersistencePorts, T> work);

    private void save(BotSettings settings) {
        inTransaction(ports -> {
            ports.saveSettings().save(settings);
            return null;
        });
    }

    private Optional<BotSettings> load(TenantId in) {
        return inTransaction(ports -> ports.loadSettings().load(in, bot));
    }

    private List<BotSettings> inAnyTenant() {
        return inTransaction(ports -> ports.loadSettings().loadInAnyTenant(bot));
    }

    private BotSettings plain(TenantId in) {
        return ContractRows.settings(in, bot, null);
    }

    @Test
    void aBotNeverConfiguredHasNoSettings() {
        assertThat(load(tenant)).isEmpty();
        assertThat(inAnyTenant()).isEmpty();
    }

    @Test
    void savedSettingsAreReadBackAsSaved() {
        BotSettings full = new BotSettings(
                tenant,
                bot,
                false,
                new BusinessHours(
                        ZoneId.of("Africa/Johannesburg"),
                        List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 30))),
                        List.of(new Holiday(LocalDate.of(2026, 12, 25), "Christmas"))),
                "Back at eight",
                Duration.ofMinutes(45),
                "Thanks for chatting",
                "Back to the bot",
                "https://bot.example/hook",
                "a-webhook-secret-of-16+",
                Set.of("https://shop.example", "https://www.shop.example"),
                true,
                true,
                new BotAppearance("Sipho", "https://bot.example/sipho.png"),
                TeamId.of("billing"));
        save(full);
        assertThat(load(tenant)).contains(full);
        assertThat(inAnyTenant()).containsExactly(full);
    }

    @Test
    void savingAgainReplacesTheSettingsWhole() {
        save(new BotSettings(
                tenant,
                bot,
                true,
                BusinessHours.alwaysOpen(ZoneId.of("UTC")),
                "Away",
                Duration.ofMinutes(5),
                "Bye",
                "Back",
                "https://bot.example/hook",
                "a-webhook-secret-of-16+",
                Set.of("https://shop.example"),
                true,
                true,
                new BotAppearance("Sipho", null),
                TeamId.of("sales")));
        save(plain(tenant));
        assertThat(load(tenant)).contains(plain(tenant));
    }

    @Test
    void theSameBotIdInAnotherTenantIsAnotherBot() {
        save(plain(tenant));
        TenantId other = ContractRows.newTenant();
        assertThat(load(other)).isEmpty();
        save(plain(other));
        assertThat(load(other)).contains(plain(other));
        assertThat(inAnyTenant()).containsExactlyInAnyOrder(plain(tenant), plain(other));
    }
}
