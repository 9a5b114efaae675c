package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ReadWaitingGroupsUseCase;
import dev.handoff.routing.application.port.in.WaitingGroup;
import dev.handoff.routing.application.port.out.WaitingGroupsPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** One read-only transaction over the waiting entries. */
@ApplicationScoped
public class ReadWaitingGroupsService implements ReadWaitingGroupsUseCase {
    private final WaitingGroupsPort groups;
    private final Clock clock;

    ReadWaitingGroupsService(WaitingGroupsPort groups, Clock clock) {
        this.groups = groups;
        this.clock = clock;
    }

    @Override
    @Transactional
    public List<WaitingGroup> read() {
        Instant now = clock.instant();
        return groups.waitingGroups().stream()
                .map(r -> new WaitingGroup(
                        r.tenant(),
                        r.bot(),
                        r.team(),
                        r.waiting(),
                        r.oldestSince().isAfter(now) ? Duration.ZERO : Duration.between(r.oldestSince(), now)))
                .toList();
    }
}
