package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.AgentContactCommand;
import dev.handoff.notification.application.port.in.ManagePreferencesUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.application.port.out.PreferencesPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.notification.domain.model.AgentPreferences;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Each agent's preferences. Every call also records who the caller is from their token (name, address, language,
 * role, teams): the agents' addresses come from their own tokens, which the console shows this service at start.
 */
@ApplicationScoped
public class PreferencesService implements ManagePreferencesUseCase {
    private final PreferencesPort preferences;
    private final AgentContactPort contacts;

    public PreferencesService(PreferencesPort preferences, AgentContactPort contacts) {
        this.preferences = preferences;
        this.contacts = contacts;
    }

    @Override
    @Transactional
    public AgentPreferences preferences(AgentContactCommand caller) {
        remember(caller);
        return preferences
                .find(caller.tenantId(), caller.agentId())
                .orElseGet(() -> AgentPreferences.defaults(caller.tenantId(), caller.agentId()));
    }

    @Override
    @Transactional
    public AgentPreferences replace(AgentContactCommand caller, AgentPreferences replacement) {
        if (!replacement.tenantId().equals(caller.tenantId())
                || !replacement.agentId().equals(caller.agentId())) {
            throw new IllegalArgumentException("agents change only their own preferences");
        }
        remember(caller);
        preferences.save(replacement);
        return replacement;
    }

    private void remember(AgentContactCommand caller) {
        AgentContact known = contacts.lockOrStart(caller.tenantId(), caller.agentId());
        contacts.save(known.withToken(
                caller.displayName(), caller.email(), caller.locale(), caller.supervisor(), caller.teams()));
    }
}
