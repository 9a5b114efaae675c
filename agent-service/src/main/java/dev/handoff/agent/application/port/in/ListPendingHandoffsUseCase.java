package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import dev.handoff.agent.domain.model.PendingHandoff;
import java.util.List;

/**
 * The Pending requests the viewer may accept, most urgent first: of their tenant, and of a team queue they
 * serve (requests without a team are everyone's; supervisors and tokens without teams see every team).
 */
public interface ListPendingHandoffsUseCase {
    List<PendingHandoff> pending(AgentProfile viewer);
}
