package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.OfflineMessagePort;
import dev.handoff.agent.domain.model.OfflineMessage;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Messages visitors left, in a map, for use-case tests. */
final class InMemoryOfflineMessages implements OfflineMessagePort {
    final Map<ConversationId, OfflineMessage> messages = new LinkedHashMap<>();

    @Override
    public void record(OfflineMessage message) {
        messages.putIfAbsent(message.conversationId(), message);
    }

    @Override
    public List<OfflineMessage> page(TenantId tenant, Set<TeamId> teams, Boolean handled, int offset, int limit) {
        return messages.values().stream()
                .filter(m -> m.tenantId().equals(tenant))
                .filter(m -> teams == null || m.team() == null || teams.contains(m.team()))
                .filter(m -> handled == null || m.isHandled() == handled)
                .sorted(Comparator.comparing(OfflineMessage::leftAt).reversed())
                .skip(offset)
                .limit(limit)
                .toList();
    }

    @Override
    public Optional<OfflineMessage> lock(TenantId tenant, ConversationId conversationId) {
        return Optional.ofNullable(messages.get(conversationId))
                .filter(m -> m.tenantId().equals(tenant));
    }

    @Override
    public void saveHandled(OfflineMessage message) {
        messages.put(message.conversationId(), message);
    }
}
