package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.AgentContact;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** The agents this service can mail, as supervisors see them: who has an address, who is at the console. */
public interface ListAgentContactsUseCase {
    /** Every agent of the tenant known from their console or their presence, by name. */
    List<AgentContact> agents(TenantId tenant);
}
