package dev.handoff.routing.application.port.out;

import java.time.Instant;
import java.util.List;

/** Waiting and offered entries grouped by tenant, bot and team. */
public interface WaitingGroupsPort {
    /** One row per group that has a conversation waiting. */
    List<Row> waitingGroups();

    /** @param oldestSince when the group's longest-waiting conversation was queued */
    record Row(String tenant, String bot, String team, long waiting, Instant oldestSince) {}
}
