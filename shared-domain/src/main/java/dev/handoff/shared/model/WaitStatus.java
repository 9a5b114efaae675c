package dev.handoff.shared.model;

/**
 * What routing can honestly say about a waiting visitor's wait, beside their place.
 *
 * <p>Events written before this existed carry none; read that as {@link #ESTIMATED}.
 */
public enum WaitStatus {
    /** Agents serving the queue are online with room; the wait is measured from their recent accepts. */
    ESTIMATED,
    /** Agents serving the queue are online but all at their limit; the wait is measured, and longer. */
    AGENTS_BUSY,
    /** Agents are online, but nobody has taken a chat from this queue for a while: no wait can be promised. */
    NOT_ACCEPTING,
    /** No agent serving this queue is online: nobody will answer until someone comes. */
    NO_AGENTS;

    /** Whether the visitor can be given a number of seconds. */
    public boolean hasEstimate() {
        return this == ESTIMATED || this == AGENTS_BUSY;
    }
}
