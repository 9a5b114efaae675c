package dev.handoff.routing.application.service;

import dev.handoff.routing.application.port.in.ViewQueueQuery;
import dev.handoff.routing.application.port.in.ViewQueueUseCase;
import dev.handoff.routing.application.port.in.WaitingConversation;
import dev.handoff.routing.application.port.out.AgentPresencePort;
import dev.handoff.routing.application.port.out.QueuePort;
import dev.handoff.routing.domain.model.Claimant;
import dev.handoff.routing.domain.model.QueueEntry;
import dev.handoff.routing.domain.model.QueueKey;
import dev.handoff.routing.domain.model.QueueOutlook;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the queues for agents and supervisors: the queues the viewer may take from (the same team rule as
 * claims), each conversation with its place in its own queue and its wait estimated from that queue's pace.
 */
@ApplicationScoped
public class ViewQueueService implements ViewQueueUseCase {
    private final QueuePort queue;
    private final AgentPresencePort presences;
    private final WaitEstimates estimates;

    public ViewQueueService(QueuePort queue, AgentPresencePort presences, WaitEstimates estimates) {
        this.queue = queue;
        this.presences = presences;
        this.estimates = estimates;
    }

    @Override
    @Transactional
    public List<WaitingConversation> waiting(ViewQueueQuery query) {
        Claimant viewer = query.viewer()
                .withTeamsOf(
                        presences.find(query.viewer().tenantId(), query.viewer().agentId()));
        Map<QueueKey, Integer> positions = new HashMap<>();
        Map<QueueKey, QueueOutlook> outlooks = new HashMap<>();
        List<WaitingConversation> shown = new ArrayList<>();
        // The tenant's entries come in serving order (priority, then arrival), so counting per queue gives places.
        for (QueueEntry entry : queue.waiting(viewer.tenantId())) {
            QueueKey key = new QueueKey(entry.tenantId(), entry.team());
            int position = positions.merge(key, 1, Integer::sum);
            if (viewer.serves(entry.team())) {
                QueueOutlook outlook = outlooks.computeIfAbsent(key, estimates::outlook);
                shown.add(new WaitingConversation(entry, outlook.placeAt(position)));
            }
        }
        return shown;
    }
}
