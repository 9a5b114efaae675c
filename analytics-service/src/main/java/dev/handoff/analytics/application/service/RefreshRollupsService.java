package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.in.RefreshRollupsUseCase;
import dev.handoff.analytics.application.port.out.AgentTimePort;
import dev.handoff.analytics.application.port.out.DirtyHoursPort;
import dev.handoff.analytics.application.port.out.RollupSourcePort;
import dev.handoff.analytics.application.port.out.RollupStorePort;
import dev.handoff.analytics.domain.model.Grain;
import dev.handoff.analytics.domain.model.RollupBuilder;
import dev.handoff.analytics.domain.model.RollupCounts;
import dev.handoff.analytics.domain.model.RollupKey;
import dev.handoff.analytics.domain.model.TenantHour;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rebuilds marked hours from what is stored: their quarter and hour rows from the chats, then the six-hour and day rows
 * of the UTC days holding them added up from those days' hour rows, in the same transaction, so a day row always adds up
 * to its hours. Rebuilding a day from its chats cost what the day held, every second while events arrived (most of
 * analytics' CPU on a busy day); its hour rows are at most 24 per value. A month is then added up from its day rows
 * once none of its hours is marked any more: rebuilding a year marks 8,760 hours, taken 50 at a time, and adding up
 * each month at every turn doubled the rebuild's time.
 */
@ApplicationScoped
public class RefreshRollupsService implements RefreshRollupsUseCase {
    private static final List<Grain> WITHIN_HOUR = List.of(Grain.QUARTER, Grain.HOUR);
    private static final List<Grain> WITHIN_DAY = List.of(Grain.SIX_HOURS, Grain.DAY);
    private final DirtyHoursPort dirtyHours;
    private final RollupSourcePort sources;
    private final RollupStorePort store;
    private final AgentTimePort agentTime;
    private final Clock clock;

    RefreshRollupsService(
            DirtyHoursPort dirtyHours,
            RollupSourcePort sources,
            RollupStorePort store,
            AgentTimePort agentTime,
            Clock clock) {
        this.dirtyHours = dirtyHours;
        this.sources = sources;
        this.store = store;
        this.agentTime = agentTime;
        this.clock = clock;
    }

    @Override
    @Transactional
    public int refresh(int maxHours) {
        if (!dirtyHours.takeRebuildTurn()) {
            return 0;
        }
        List<TenantHour> claimed = dirtyHours.claim(maxHours);
        Instant now = clock.instant();
        Set<TenantHour> days = new LinkedHashSet<>();
        for (TenantHour hour : claimed) {
            Instant end = Grain.HOUR.next(hour.hour());
            store.replace(
                    hour.tenantId(),
                    WITHIN_HOUR,
                    hour.hour(),
                    end,
                    RollupBuilder.build(sources.load(hour.tenantId(), hour.hour(), end), WITHIN_HOUR, now));
            days.add(new TenantHour(hour.tenantId(), Grain.DAY.floor(hour.hour())));
        }
        Set<TenantHour> months = new LinkedHashSet<>();
        for (TenantHour day : days) {
            Instant end = Grain.DAY.next(day.hour());
            Map<RollupKey, RollupCounts> hours = new HashMap<>();
            store.addUpAll(
                    day.tenantId(),
                    Grain.HOUR,
                    day.hour(),
                    end,
                    key -> hours.computeIfAbsent(key, k -> new RollupCounts()));
            store.replace(day.tenantId(), WITHIN_DAY, day.hour(), end, RollupBuilder.sumByGrain(hours, WITHIN_DAY));
            months.add(new TenantHour(day.tenantId(), Grain.MONTH.floor(day.hour())));
        }
        dirtyHours.clear(claimed);
        for (TenantHour month : months) {
            Instant end = Grain.MONTH.next(month.hour());
            if (dirtyHours.anyMarked(month.tenantId(), month.hour(), end)) {
                continue; // the refresh that takes its last marked hours adds it up, once instead of at every turn
            }
            Map<RollupKey, RollupCounts> rows = new LinkedHashMap<>();
            store.addUpAll(
                    month.tenantId(),
                    Grain.DAY,
                    month.hour(),
                    end,
                    RollupBuilder.coarser(rows, Grain.MONTH, month.hour()));
            rows.values().removeIf(RollupCounts::isEmpty);
            store.replace(month.tenantId(), List.of(Grain.MONTH), month.hour(), end, rows);
        }
        return claimed.size();
    }

    @Override
    @Transactional
    public void markOpenTime() {
        Instant now = clock.instant();
        // The hour just ended too: its last minutes passed since it was last rebuilt.
        List<Instant> hours = List.of(Grain.hourOf(now.minus(Duration.ofMinutes(5))), Grain.hourOf(now));
        for (TenantId tenant : agentTime.tenantsWithOpenTime()) {
            dirtyHours.mark(tenant, hours);
        }
    }
}
