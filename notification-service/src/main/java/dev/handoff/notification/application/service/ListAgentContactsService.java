package dev.handoff.notification.application.service;

import dev.handoff.notification.application.port.in.ListAgentContactsUseCase;
import dev.handoff.notification.application.port.out.AgentContactPort;
import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;

/** Lists the tenant's known agents. */
@ApplicationScoped
public class ListAgentContactsService implements ListAgentContactsUseCase {
    private final AgentContactPort contacts;

    public ListAgentContactsService(AgentContactPort contacts) {
        this.contacts = contacts;
    }

    @Override
    @Transactional
    public List<AgentContact> agents(TenantId tenant) {
        return contacts.inTenant(tenant).stream()
                .sorted(Comparator.comparing(AgentContact::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
