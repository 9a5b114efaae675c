package dev.handoff.analytics.domain.model;

import dev.handoff.shared.id.TenantId;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The hours a batch of events changed, per tenant, collected so each is marked once per transaction, in one order
 * (tenant, then hour) that every transaction shares, so two of them never wait for each other's marks.
 */
public final class DirtyHours {
    /** A span longer than this (an agent signed in for weeks) only marks its last month: older rollups stay. */
    static final Duration LONGEST_MARKED = Duration.ofDays(31);

    private final Map<TenantId, Set<Instant>> hours = new TreeMap<>(Comparator.comparing(TenantId::value));

    /** The hour holding {@code at}; null is ignored. */
    public void mark(TenantId tenant, Instant at) {
        if (at != null) {
            hours.computeIfAbsent(tenant, t -> new TreeSet<>()).add(Grain.hourOf(at));
        }
    }

    /** Every hour from {@code from} to {@code to} (exclusive, but at least {@code from}'s). */
    public void markBetween(TenantId tenant, Instant from, Instant to) {
        Instant start = from.isBefore(to.minus(LONGEST_MARKED)) ? to.minus(LONGEST_MARKED) : from;
        Instant last = Grain.hourOf(to.isAfter(start) ? to.minusNanos(1) : start);
        for (Instant hour = Grain.hourOf(start); !hour.isAfter(last); hour = hour.plus(Duration.ofHours(1))) {
            mark(tenant, hour);
        }
    }

    public Map<TenantId, Set<Instant>> byTenant() {
        return hours;
    }
}
