package dev.handoff.routing.application.port.out;

import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The serving order of one queue. */
public interface QueueOrderPort {
    /** The conversations waiting (or offered) in one queue (tenant, and team or null), in serving order. */
    List<ConversationId> waitingIn(TenantId tenant, TeamId team);

    /** When each conversation waiting (or offered) in one queue arrived, for the offer to leave a message. */
    Map<ConversationId, Instant> arrivalsIn(TenantId tenant, TeamId team);
}
