package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ManageSettingsUseCase;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps each tenant's notification settings. */
@ApplicationScoped
public class SettingsService implements ManageSettingsUseCase {
    private final SettingsPort settings;

    public SettingsService(SettingsPort settings) {
        this.settings = settings;
    }

    @Override
    @Transactional
    public NotificationSettings settings(TenantId tenant) {
        return settings.load(tenant);
    }

    @Override
    @Transactional
    public NotificationSettings replace(NotificationSettings replacement) {
        settings.save(replacement);
        return replacement;
    }
}
