package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.PresenceCommand;
import dev.handoff.notification.application.port.in.TrackPresenceUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.domain.model.AgentContact;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Keeps each agent's latest presence; a report older than the one known is ignored. */
@ApplicationScoped
public class TrackPresenceService implements TrackPresenceUseCase {
    private final AgentContactPort contacts;

    public TrackPresenceService(AgentContactPort contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional
    public void presenceChanged(PresenceCommand command) {
        AgentContact known = contacts.lockOrStart(command.tenantId(), command.agentId());
        AgentContact updated = known.withPresence(command.status(), command.teams(), command.at());
        if (known.email() == null && command.displayName() != null) {
            // Known from presence only: the name announced there is the best there is until their token is seen.
            updated = updated.withToken(command.displayName(), null, null, updated.supervisor(), updated.teams());
        }
        contacts.save(updated);
    }
}
