package dev.handoff.routing.application.port.in;

import java.util.List;

/** Reads what waits per tenant, bot and team, for operators' per-queue gauges. */
public interface ReadWaitingGroupsUseCase {
    List<WaitingGroup> read();
}
