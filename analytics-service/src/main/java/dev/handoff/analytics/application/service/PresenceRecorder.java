package dev.handoff.analytics.application.service;

import dev.handoff.analytics.application.port.out.AgentNamesPort;
import dev.handoff.analytics.application.port.out.AgentTimePort;
import dev.handoff.analytics.domain.model.DirtyHours;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.model.PresenceStatus;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Agents' sign-in spans: ONLINE and AWAY count as signed in (an away agent still holds their chats). */
@ApplicationScoped
class PresenceRecorder {
    private final AgentTimePort agentTime;
    private final AgentNamesPort names;

    PresenceRecorder(AgentTimePort agentTime, AgentNamesPort names) {
        this.agentTime = agentTime;
        this.names = names;
    }

    void record(PresenceChanged change, DirtyHours dirty) {
        names.remember(change.tenantId(), change.agentId(), change.displayName());
        Instant changedFrom = agentTime.presence(
                change.tenantId(),
                change.agentId(),
                change.status() != PresenceStatus.OFFLINE,
                change.teams().stream().map(TeamId::value).toList(),
                change.occurredAt());
        if (changedFrom != null) {
            dirty.markBetween(change.tenantId(), changedFrom, change.occurredAt());
        }
    }
}
