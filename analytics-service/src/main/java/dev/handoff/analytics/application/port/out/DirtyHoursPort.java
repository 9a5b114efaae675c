package dev.handoff.analytics.application.port.out;

import dev.handoff.analytics.domain.model.TenantHour;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** The hours whose rollups must be rebuilt, kept in the database so a crash loses none. */
public interface DirtyHoursPort {
    /** Marks hours in the caller's transaction; marking an hour being rebuilt waits and marks it again after. */
    void mark(TenantId tenant, Collection<Instant> hours);

    /** Takes up to {@code limit} marked hours, by tenant and hour, held until the caller's transaction ends. */
    List<TenantHour> claim(int limit);

    /** Unmarks hours claimed in this transaction. */
    void clear(List<TenantHour> hours);

    /** Whether any hour of the tenant within {@code [from, to)} is marked, besides those cleared in this transaction. */
    boolean anyMarked(TenantId tenant, Instant from, Instant to);

    /**
     * Lets one replica at a time rebuild rollups, for the caller's transaction: two replicas rebuilding the same
     * day's rows would conflict.
     *
     * @return false if another replica is rebuilding
     */
    boolean takeRebuildTurn();
}
