package dev.handoff.agent.application.port.in;

import dev.handoff.shared.id.AgentId;
import java.util.Collection;
import java.util.Map;

/** What a console missed or has not been sent yet. */
public interface ReadNoticesUseCase {
    /** Every kept notice of the agent with a seq above {@code afterSeq}. */
    NoticePage after(AgentId agentId, long afterSeq);

    /** The newest seq of each of these agents (agents without notices are left out). */
    Map<AgentId, Long> lastSeqs(Collection<AgentId> agentIds);
}
