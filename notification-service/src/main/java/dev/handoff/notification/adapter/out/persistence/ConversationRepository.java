package dev.handoff.notification.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.notification.application.port.out.ConversationPort;
import dev.handoff.notification.domain.model.ConversationState;
import dev.handoff.notification.domain.model.PreviewLine;
import dev.handoff.notification.domain.model.RequestDetails;
import dev.handoff.notification.domain.model.WatchedConversation;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Watched conversations in PostgreSQL. */
@ApplicationScoped
public class ConversationRepository implements ConversationPort {
    @Override
    public WatchedConversation lockOrStart(ConversationId id, TenantId tenant) {
        // Two consumers may see a conversation first at once: the insert that loses does nothing, both then lock.
        WatchedConversationEntity.getEntityManager()
                .createNativeQuery("insert into watched_conversation (conversation_id, tenant_id, state, updated_at) "
                        + "values (?1, ?2, 'WAITING', now()) on conflict (conversation_id) do nothing")
                .setParameter(1, id.value())
                .setParameter(2, tenant.value())
                .executeUpdate();
        return lock(id).orElseThrow(() -> new IllegalStateException("conversation " + id + " vanished"));
    }

    @Override
    public Optional<WatchedConversation> lock(ConversationId id) {
        return Optional.ofNullable(WatchedConversationEntity.getEntityManager()
                        .find(WatchedConversationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(ConversationRepository::toDomain);
    }

    @Override
    public Optional<WatchedConversation> find(ConversationId id) {
        return WatchedConversationEntity.<WatchedConversationEntity>findByIdOptional(id.value())
                .map(ConversationRepository::toDomain);
    }

    @Override
    public Map<ConversationId, WatchedConversation> findAll(Set<ConversationId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return WatchedConversationEntity.<WatchedConversationEntity>list(
                        "id in ?1", ids.stream().map(ConversationId::value).toList())
                .stream()
                .map(ConversationRepository::toDomain)
                .collect(Collectors.toMap(WatchedConversation::id, Function.identity()));
    }

    @Override
    public void save(WatchedConversation c, Instant now) {
        WatchedConversationEntity row = WatchedConversationEntity.<WatchedConversationEntity>findByIdOptional(
                        c.id().value())
                .orElseGet(WatchedConversationEntity::new);
        row.conversationId = c.id().value();
        row.tenantId = c.tenantId().value();
        row.state = c.state().name();
        c.details().ifPresent(d -> {
            row.botId = d.botId().value();
            row.botName = d.botName();
            row.visitorName = d.visitorName();
            row.visitorEmail = d.visitorEmail();
            row.visitorLocale = d.visitorLocale();
            row.visitorAttributesJson = JsonText.write(d.visitorAttributes());
            row.previewJson = JsonText.write(d.preview());
            row.team = d.team() == null ? null : d.team().value();
            row.requestedAt = d.requestedAt();
        });
        row.queued = c.queued();
        row.position = c.position().orElse(null);
        row.estimatedWaitSeconds = c.estimatedWaitSeconds().orElse(null);
        row.agentId = c.agentId().map(AgentId::value).orElse(null);
        row.agentName = c.agentName().orElse(null);
        row.updatedAt = now;
        row.persist();
    }

    @Override
    public int deleteUnchangedSince(Instant before) {
        return (int) WatchedConversationEntity.delete("updatedAt < ?1", before);
    }

    private static WatchedConversation toDomain(WatchedConversationEntity row) {
        RequestDetails details = row.requestedAt == null || row.botId == null
                ? null
                : new RequestDetails(
                        BotId.of(row.botId),
                        row.botName,
                        row.visitorName,
                        row.visitorEmail,
                        row.visitorLocale,
                        JsonText.read(row.visitorAttributesJson, new TypeReference<Map<String, String>>() {}, Map.of()),
                        JsonText.read(row.previewJson, new TypeReference<List<PreviewLine>>() {}, List.of()),
                        row.team == null ? null : TeamId.of(row.team),
                        row.requestedAt);
        return new WatchedConversation(
                ConversationId.of(row.conversationId),
                TenantId.of(row.tenantId),
                details,
                ConversationState.valueOf(row.state),
                row.queued,
                row.position,
                row.estimatedWaitSeconds,
                row.agentId == null ? null : AgentId.of(row.agentId),
                row.agentName);
    }
}
