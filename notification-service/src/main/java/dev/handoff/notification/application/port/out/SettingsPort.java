package dev.handoff.notification.application.port.out;

import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.shared.id.TenantId;

/** Each tenant's notification settings. */
public interface SettingsPort {
    /** The tenant's settings; the defaults if never saved. */
    NotificationSettings load(TenantId tenant);

    /** Replaces the tenant's settings, per-bot thresholds included. */
    void save(NotificationSettings settings);
}
