package dev.handoff.handoff.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.handoff.application.port.out.LoadBotSettingsPort;
import dev.handoff.handoff.application.port.out.SaveBotSettingsPort;
import dev.handoff.handoff.domain.model.BotAppearance;
import dev.handoff.handoff.domain.model.BotSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.BusinessHours;
import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CacheResult;
import io.quarkus.cache.CompositeCacheKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Bot settings in PostgreSQL. */
@ApplicationScoped
public class BotSettingsRepository implements LoadBotSettingsPort, SaveBotSettingsPort {
    static final String RECENT = "bot-settings";

    private final Cache recent;
    private final TransactionSynchronizationRegistry transactions;

    BotSettingsRepository(@CacheName(RECENT) Cache recent, TransactionSynchronizationRegistry transactions) {
        this.recent = recent;
        this.transactions = transactions;
    }

    // Kept for quarkus.cache.caffeine."bot-settings".expire-after-write; the key is (tenant, bot).
    @Override
    @CacheResult(cacheName = RECENT)
    public Optional<BotSettings> loadRecent(TenantId tenant, BotId bot) {
        return load(tenant, bot);
    }

    @Override
    public Optional<BotSettings> load(TenantId tenant, BotId bot) {
        return BotSettingsEntity.<BotSettingsEntity>findByIdOptional(
                        new BotSettingsEntity.Key(tenant.value(), bot.value()))
                .map(BotSettingsRepository::toDomain);
    }

    @Override
    public List<BotSettings> loadInAnyTenant(BotId bot) {
        return BotSettingsEntity.<BotSettingsEntity>list("botId", bot.value()).stream()
                .map(BotSettingsRepository::toDomain)
                .toList();
    }

    @Override
    public void save(BotSettings settings) {
        BotSettingsEntity row = BotSettingsEntity.<BotSettingsEntity>findByIdOptional(new BotSettingsEntity.Key(
                        settings.tenantId().value(), settings.botId().value()))
                .orElseGet(BotSettingsEntity::new);
        row.tenantId = settings.tenantId().value();
        row.botId = settings.botId().value();
        row.enabled = settings.enabled();
        row.businessHoursJson = JsonColumns.write(settings.businessHours());
        row.offlineMessage = settings.offlineMessage();
        row.inactivityTimeoutSeconds = settings.inactivityTimeout().toSeconds();
        row.endMessage = settings.endMessage();
        row.endButtonLabel = settings.endButtonLabel();
        row.webhookUrl = settings.webhookUrl();
        row.webhookSecret = settings.webhookSecret();
        row.allowedOriginsJson = JsonColumns.write(settings.allowedOrigins());
        row.socketIoEnabled = settings.socketIoEnabled();
        row.relayAgentMessages = settings.relayAgentMessages();
        row.displayName = settings.appearance().displayName();
        row.avatarUrl = settings.appearance().avatarUrl();
        row.defaultTeam =
                settings.defaultTeam() == null ? null : settings.defaultTeam().value();
        row.persist();
        forgetOnceDecided(new CompositeCacheKey(settings.tenantId(), settings.botId()));
    }

    // After the commit, not before: a handoff reading in between would otherwise keep the old settings cached.
    private void forgetOnceDecided(CompositeCacheKey key) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    recent.invalidate(key).await().indefinitely();
                }
            }
        });
    }

    private static BotSettings toDomain(BotSettingsEntity row) {
        BusinessHours hours = JsonColumns.read(row.businessHoursJson, new TypeReference<BusinessHours>() {});
        Set<String> origins = JsonColumns.read(row.allowedOriginsJson, new TypeReference<Set<String>>() {});
        return new BotSettings(
                TenantId.of(row.tenantId),
                BotId.of(row.botId),
                row.enabled,
                hours,
                row.offlineMessage,
                Duration.ofSeconds(row.inactivityTimeoutSeconds),
                row.endMessage,
                row.endButtonLabel,
                row.webhookUrl,
                row.webhookSecret,
                origins,
                row.socketIoEnabled,
                row.relayAgentMessages,
                new BotAppearance(row.displayName, row.avatarUrl),
                row.defaultTeam == null ? null : TeamId.of(row.defaultTeam));
    }
}
