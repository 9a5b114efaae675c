package dev.handoff.agent.application.port.in;

import java.util.List;

/**
 * What a supervisor oversees: the tenant's agents (online first) and its active chats (oldest first).
 *
 * @param chatsCut true when there were more active chats than the overview lists
 */
public record SupervisionOverview(List<AgentAtWork> agents, List<ActiveChat> chats, boolean chatsCut) {
    public SupervisionOverview {
        agents = List.copyOf(agents);
        chats = List.copyOf(chats);
    }
}
