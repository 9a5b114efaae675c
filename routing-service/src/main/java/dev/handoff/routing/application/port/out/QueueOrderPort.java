package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.List;

/** The serving order of one queue. */
@FunctionalInterface
public interface QueueOrderPort {
    /** The conversations waiting (or offered) in one queue (tenant, and team or null), in serving order. */
    List<ConversationId> waitingIn(TenantId tenant, TeamId team);
}
