package dev.handoff.routing.application.port.in;

import java.time.Duration;

/**
 * Conversations waiting for an agent (offered ones included) in one tenant, bot and team, and how long the oldest of
 * them has waited.
 *
 * @param team the team, or null for the tenant's shared queue
 */
public record WaitingGroup(String tenant, String bot, String team, long waiting, Duration oldestWait) {}
