package dev.handoff.analytics.application.port.in;

/** Rebuilds the rollups of the hours events changed. */
public interface RefreshRollupsUseCase {
    /**
     * Rebuilds up to {@code maxHours} marked hours (their quarters, the hours and their days) in one transaction.
     *
     * @return how many hours were rebuilt; 0 when none was marked or another replica is rebuilding
     */
    int refresh(int maxHours);

    /** Marks the current hour of tenants with agents signed in or chats held: their time grows without events. */
    void markOpenTime();
}
