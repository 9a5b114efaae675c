package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.application.port.out.PreferencesPort;
import dev.handoff.notification.application.port.out.RecipientsPort;
import dev.handoff.notification.application.port.out.SettingsPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.notification.domain.model.NotificationSettings;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's settings, recipients, agents and preferences, each read at most once for a slice of due notifications
 * (in the slice's transaction) however many of the slice are the tenant's, and only when a decision needs it.
 */
final class TenantReads {
    private final SettingsPort settings;
    private final RecipientsPort recipients;
    private final AgentContactPort contacts;
    private final PreferencesPort preferences;
    private final Map<TenantId, NotificationSettings> settingsOf = new HashMap<>();
    private final Map<TenantId, Recipients> recipientsOf = new HashMap<>();
    private final Map<TenantId, List<AgentContact>> contactsOf = new HashMap<>();
    private final Map<TenantId, Map<AgentId, AgentPreferences>> preferencesOf = new HashMap<>();

    TenantReads(
            SettingsPort settings, RecipientsPort recipients, AgentContactPort contacts, PreferencesPort preferences) {
        this.settings = settings;
        this.recipients = recipients;
        this.contacts = contacts;
        this.preferences = preferences;
    }

    NotificationSettings settings(TenantId tenant) {
        return settingsOf.computeIfAbsent(tenant, settings::load);
    }

    Recipients recipients(TenantId tenant) {
        return recipientsOf.computeIfAbsent(tenant, recipients::load);
    }

    List<AgentContact> contacts(TenantId tenant) {
        return contactsOf.computeIfAbsent(tenant, contacts::inTenant);
    }

    Optional<AgentContact> contact(TenantId tenant, AgentId agent) {
        return contacts(tenant).stream().filter(c -> c.agentId().equals(agent)).findFirst();
    }

    Map<AgentId, AgentPreferences> preferences(TenantId tenant) {
        return preferencesOf.computeIfAbsent(tenant, preferences::inTenant);
    }

    /** The agent's saved preferences, or the defaults if they never saved any. */
    AgentPreferences preferences(TenantId tenant, AgentId agent) {
        AgentPreferences saved = preferences(tenant).get(agent);
        return saved != null ? saved : AgentPreferences.defaults(tenant, agent);
    }
}
