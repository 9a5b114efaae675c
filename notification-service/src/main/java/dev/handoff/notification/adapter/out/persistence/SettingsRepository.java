package dev.handoff.notification.adapter.out.persistence;

import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Notification settings in PostgreSQL. */
@ApplicationScoped
public class SettingsRepository implements SettingsPort {
    @Override
    public NotificationSettings load(TenantId tenant) {
        SettingsEntity row = SettingsEntity.findById(tenant.value());
        if (row == null) {
            return NotificationSettings.defaults(tenant);
        }
        Map<BotId, Duration> bots = new LinkedHashMap<>();
        BotSettingEntity.<BotSettingEntity>list("tenantId = ?1 order by botId", tenant.value())
                .forEach(b -> bots.put(BotId.of(b.botId), Duration.ofSeconds(b.waitingAfterSeconds)));
        return new NotificationSettings(
                tenant,
                row.mailAgents,
                Duration.ofSeconds(row.waitingAfterSeconds),
                row.escalateAfterSeconds == null ? null : Duration.ofSeconds(row.escalateAfterSeconds),
                Duration.ofSeconds(row.batchWindowSeconds),
                Duration.ofSeconds(row.idleAfterSeconds),
                row.language,
                bots);
    }

    @Override
    public void save(NotificationSettings settings) {
        String tenant = settings.tenantId().value();
        SettingsEntity row =
                SettingsEntity.<SettingsEntity>findByIdOptional(tenant).orElseGet(SettingsEntity::new);
        row.tenantId = tenant;
        row.mailAgents = settings.mailAgents();
        row.waitingAfterSeconds = seconds(settings.waitingAfter());
        row.escalateAfterSeconds = settings.escalateAfter() == null ? null : seconds(settings.escalateAfter());
        row.batchWindowSeconds = seconds(settings.batchWindow());
        row.idleAfterSeconds = seconds(settings.idleAfter());
        row.language = settings.language();
        row.updatedAt = Instant.now();
        row.persist();
        // One by one (not in bulk) so rows loaded in this transaction leave the session too.
        BotSettingEntity.<BotSettingEntity>list("tenantId", tenant).forEach(BotSettingEntity::delete);
        BotSettingEntity.flush();
        settings.waitingAfterByBot().forEach((bot, after) -> {
            BotSettingEntity b = new BotSettingEntity();
            b.tenantId = tenant;
            b.botId = bot.value();
            b.waitingAfterSeconds = seconds(after);
            b.persist();
        });
    }

    private static int seconds(Duration duration) {
        return (int) duration.toSeconds();
    }
}
