package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.TenantId;

/** The routing rules a tenant works by. */
public interface RoutingPolicyPort {
    /** How many chats an agent without a limit of their own may hold at once. */
    int defaultMaxChatsPerAgent(TenantId tenant);
}
