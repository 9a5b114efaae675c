package dev.handoff.agent.application.port.in;

/** Housekeeping that any replica may run at any time: each step locks or skips what another replica handles. */
public interface ExpireSessionsUseCase {
    /** Drops connections no replica confirms any more and turns agents whose grace period is over OFFLINE. */
    void expirePresence();

    /** Deletes notices past their retention and tickets past their expiry. */
    void prune();
}
