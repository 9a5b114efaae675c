package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.ChatWatchPort;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The chat each supervisor watches, by supervisor id (the order watchers are listed in), for use-case tests. */
final class InMemoryChatWatches implements ChatWatchPort {
    private final Map<String, ConversationId> watched = new TreeMap<>();

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
}
