package dev.handoff.routing.application.port.in;

import java.time.Duration;

/**
 * What operators watch across all tenants: conversations waiting for an agent (offered ones included), how long the
 * oldest has waited (zero when none waits), and agents online.
 */
public record QueueHealth(long waitingConversations, Duration oldestWait, long agentsOnline) {}
