package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.shared.id.TenantId;

/** Reads and replaces a tenant's notification settings (thresholds, who is mailed, the default language). */
public interface ManageSettingsUseCase {
    /** The tenant's settings; the defaults if never saved. */
    NotificationSettings settings(TenantId tenant);

    /** Replaces them; new thresholds apply to requests that arrive afterwards. */
    NotificationSettings replace(NotificationSettings settings);
}
