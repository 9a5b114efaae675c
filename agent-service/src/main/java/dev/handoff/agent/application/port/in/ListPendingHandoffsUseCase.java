package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.PendingHandoff;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** The Pending requests an agent may accept, most urgent first. */
public interface ListPendingHandoffsUseCase {
    List<PendingHandoff> pending(TenantId tenant);
}
