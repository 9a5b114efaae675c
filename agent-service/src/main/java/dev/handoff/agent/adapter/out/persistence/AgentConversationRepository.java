package dev.handoff.agent.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.agent.application.port.out.AgentConversationPort;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.EndReason;
import dev.handoff.agent.domain.model.HandoffDetails;
import dev.handoff.agent.domain.model.QueueState;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.JsonMapping;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Agent conversation views in PostgreSQL. */
@ApplicationScoped
public class AgentConversationRepository implements AgentConversationPort {
    private static final ObjectMapper JSON = JsonMapping.newObjectMapper();

    @Override
    public AgentConversation lockOrStart(ConversationId id, TenantId tenant) {
        AgentConversationEntity.getEntityManager()
                .createNativeQuery("insert into agent_conversation (id, tenant_id, state) values (?1, ?2, 'REQUESTED') "
                        + "on conflict (id) do nothing")
                .setParameter(1, id.value())
                .setParameter(2, tenant.value())
                .executeUpdate();
        AgentConversationEntity row = AgentConversationEntity.getEntityManager()
                .find(AgentConversationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE);
        return toDomain(row);
    }

    @Override
    public Optional<AgentConversation> lock(ConversationId id) {
        return Optional.ofNullable(AgentConversationEntity.getEntityManager()
                        .find(AgentConversationEntity.class, id.value(), LockModeType.PESSIMISTIC_WRITE))
                .map(this::toDomain);
    }

    @Override
    public Optional<AgentConversation> find(ConversationId id) {
        return AgentConversationEntity.<AgentConversationEntity>findByIdOptional(id.value())
                .map(this::toDomain);
    }

    @Override
    public void save(AgentConversation c) {
        AgentConversationEntity row = AgentConversationEntity.<AgentConversationEntity>findByIdOptional(c.id().value())
                .orElseGet(AgentConversationEntity::new);
        row.id = c.id().value();
        row.tenantId = c.tenantId().value();
        c.details().ifPresent(d -> {
            row.botId = d.botId().value();
            row.botDisplayName = d.botDisplayName();
            row.botAvatarUrl = d.botAvatarUrl();
            row.visitorName = d.visitor().name();
            row.visitorEmail = d.visitor().email();
            row.visitorLocale = d.visitor().locale();
            row.visitorAttributesJson = write(d.visitor().attributes());
            row.botHistoryJson = write(d.botHistory());
            row.language = d.language();
            row.team = d.team() == null ? null : d.team().value();
            row.priority = d.priority();
            row.requestedAt = d.requestedAt();
        });
        row.state = c.state().name();
        row.assignee = c.assignee().map(AgentId::value).orElse(null);
        row.stateSince = c.stateSince().orElse(null);
        row.subject = c.subject().orElse(null);
        row.endReason = c.endReason().map(Enum::name).orElse(null);
        row.lastSequence = c.lastSequence();
        row.endProposedAt = c.endProposedAt().orElse(null);
        row.persist();
    }

    @Override
    public List<AgentConversation> pending(TenantId tenant) {
        return AgentConversationEntity.<AgentConversationEntity>find(
                        "tenantId = ?1 and state = 'QUEUED' and requestedAt is not null order by priority desc, requestedAt, id",
                        tenant.value())
                .stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public List<AgentConversation> heldBy(TenantId tenant, AgentId agent) {
        return AgentConversationEntity.<AgentConversationEntity>find(
                        "tenantId = ?1 and assignee = ?2 and state = 'ASSIGNED' order by stateSince, id",
                        tenant.value(),
                        agent.value())
                .stream()
                .map(this::toDomain)
                .toList();
    }

    @Override
    public List<AgentConversation> active(TenantId tenant, int limit) {
        return AgentConversationEntity.<AgentConversationEntity>find(
                        "tenantId = ?1 and state = 'ASSIGNED' and assignee is not null order by stateSince, id",
                        tenant.value())
                .range(0, limit - 1)
                .stream()
                .map(this::toDomain)
                .toList();
    }

    private AgentConversation toDomain(AgentConversationEntity row) {
        HandoffDetails details = row.requestedAt == null
                ? null
                : new HandoffDetails(
                        BotId.of(row.botId),
                        new VisitorInfo(
                                row.visitorName,
                                row.visitorEmail,
                                row.visitorLocale,
                                read(row.visitorAttributesJson, new TypeReference<Map<String, String>>() {}, Map.of())),
                        read(row.botHistoryJson, new TypeReference<List<HistoryEntry>>() {}, List.of()),
                        row.language,
                        row.team == null ? null : TeamId.of(row.team),
                        row.priority,
                        row.requestedAt,
                        row.botDisplayName,
                        row.botAvatarUrl);
        AgentConversation view = new AgentConversation(
                ConversationId.of(row.id),
                TenantId.of(row.tenantId),
                details,
                QueueState.valueOf(row.state),
                row.assignee == null ? null : AgentId.of(row.assignee),
                row.stateSince,
                row.subject,
                row.endReason == null ? null : EndReason.valueOf(row.endReason),
                row.lastSequence);
        if (row.endProposedAt != null) {
            view.proposeEnd(row.endProposedAt);
        }
        return view;
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    /** The stored JSON, or {@code erased} where an erasure (decision 0035) left none. */
    private static <T> T read(String json, TypeReference<T> type, T erased) {
        if (json == null) {
            return erased;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
