package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.agent.application.port.out.SupervisionChangesPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Watched chats and overview announcements in memory, for the use-case tests. */
final class InMemoryWatches implements ChatWatchPort, SupervisionChangesPort {
    private final Map<String, ConversationId> watched = new TreeMap<>();
    final List<TenantId> announced = new ArrayList<>();

    @Override
    public void watch(AgentId supervisor, TenantId tenant, ConversationId conversation, Instant now) {
        watched.put(supervisor.value(), conversation);
    }

    @Override
    public boolean stop(AgentId supervisor) {
        return watched.remove(supervisor.value()) != null;
    }

    @Override
    public List<AgentId> watchersOf(ConversationId conversation) {
        return watched.entrySet().stream()
                .filter(e -> e.getValue().equals(conversation))
                .map(e -> AgentId.of(e.getKey()))
                .toList();
    }

    @Override
    public void announce(TenantId tenant) {
        announced.add(tenant);
    }
}
