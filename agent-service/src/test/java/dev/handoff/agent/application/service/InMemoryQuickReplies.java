package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.out.QuickReplyPort;
import dev.handoff.agent.domain.model.QuickReply;
import dev.handoff.agent.domain.model.QuickReplyScope;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** Quick replies in a map, for use-case tests; one thread, so the tenant lock has nothing to serialise. */
final class InMemoryQuickReplies implements QuickReplyPort {
    private final Map<UUID, QuickReply> replies = new LinkedHashMap<>();

    @Override
    public void lockTenant(TenantId tenant) {}

    @Override
    public List<QuickReply> visibleTo(TenantId tenant, AgentId agent) {
        return replies.values().stream()
                .filter(r -> r.tenantId().equals(tenant))
                .filter(r -> r.scope() == QuickReplyScope.SHARED || agent.equals(r.ownerId()))
                .sorted(Comparator.comparing((QuickReply r) -> r.shortcut())
                        .thenComparing(r -> r.scope().name())
                        .thenComparing(r -> r.id().toString()))
                .toList();
    }

    @Override
    public Optional<QuickReply> find(UUID id) {
        return Optional.ofNullable(replies.get(id));
    }

    @Override
    public boolean shortcutTaken(
            TenantId tenant, QuickReplyScope scope, AgentId owner, String shortcut, UUID exceptId) {
        return replies.values().stream()
                .anyMatch(r -> r.tenantId().equals(tenant)
                        && r.scope() == scope
                        && Objects.equals(r.ownerId(), owner)
                        && r.shortcut().equals(shortcut)
                        && !r.id().equals(exceptId));
    }

    @Override
    public void save(QuickReply reply) {
        replies.put(reply.id(), reply);
    }

    @Override
    public void delete(UUID id) {
        replies.remove(id);
    }
}
