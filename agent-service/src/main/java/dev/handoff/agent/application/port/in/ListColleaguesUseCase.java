package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentProfile;
import java.util.List;

/** The other agents of the viewer's tenant who are connected now (online or away), by name. */
public interface ListColleaguesUseCase {
    List<Colleague> colleagues(AgentProfile viewer);
}
