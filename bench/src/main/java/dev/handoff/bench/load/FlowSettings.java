package dev.handoff.bench.load;

import java.time.Duration;

/**
 * How hard one flow is driven.
 *
 * @param rate     sends per second over the whole flow (messages, handoffs or pings)
 * @param duration how long the schedule runs
 * @param chats    how many chats (or idle sockets) share the rate
 */
public record FlowSettings(double rate, Duration duration, int chats) {}
