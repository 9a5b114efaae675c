package dev.handoff.routing.domain.model;

/** What happens to the chats an agent holds when the agent goes away or offline; a tenant setting. */
public enum OnAgentUnavailable {
    /** The agent keeps them (the default): a short break does not cost visitors their agent. */
    KEEP,
    /** They go back to their queue, at the place they had, for other agents to take. */
    REQUEUE;

    /** Whether the chats of an agent now in {@code presence} go back to the queue. */
    public boolean requeuesChatsOf(AgentPresence presence) {
        return this == REQUEUE && !presence.available();
    }
}
