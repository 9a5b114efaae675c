package dev.handoff.handoff.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.handoff.application.port.out.FindSilentChatsPort;
import dev.handoff.handoff.application.port.out.LoadConversationPort;
import dev.handoff.handoff.application.port.out.SaveConversationPort;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.handoff.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Visitor-side conversations in PostgreSQL. */
@ApplicationScoped
public class ConversationRepository implements LoadConversationPort, SaveConversationPort, FindSilentChatsPort {
    @Override
    public Optional<Conversation> load(ConversationId id) {
        return ConversationEntity.<ConversationEntity>findByIdOptional(id.value())
                .map(ConversationRepository::toDomain);
    }

    @Override
    public Optional<Conversation> loadForUpdate(ConversationId id) {
        return ConversationEntity.<ConversationEntity>findByIdOptional(id.value(), LockModeType.PESSIMISTIC_WRITE)
                .map(ConversationRepository::toDomain);
    }

    @Override
    public List<ConversationId> silentSince(Instant now, int limit) {
        // The timeout is per bot: compare in SQL so only chats really due are read.
        List<?> ids = ConversationEntity.getEntityManager()
                .createNativeQuery(
                        "select c.id from conversation c join bot_settings b on b.tenant_id = c.tenant_id and b.bot_id = c.bot_id"
                                + " where c.status in ('WAITING', 'ASSIGNED')"
                                + " and c.last_activity_at + make_interval(secs => b.inactivity_timeout_seconds) <= ?1"
                                + " order by c.last_activity_at limit ?2")
                .setParameter(1, now)
                .setParameter(2, limit)
                .getResultList();
        return ids.stream().map(id -> ConversationId.of((String) id)).toList();
    }

    @Override
    public void save(Conversation conversation) {
        ConversationEntity row = ConversationEntity.<ConversationEntity>findByIdOptional(
                        conversation.id().value())
                .orElseGet(ConversationEntity::new);
        fill(row, conversation);
        row.persist();
    }

    @Override
    public void create(Conversation conversation) {
        // Never looked up first: under read committed a twin's row committed after our own check would be found
        // here and overwritten, and both requests would answer "created".
        ConversationEntity row = new ConversationEntity();
        fill(row, conversation);
        row.persist();
        ConversationEntity.flush();
    }

    private static void fill(ConversationEntity row, Conversation conversation) {
        row.id = conversation.id().value();
        row.tenantId = conversation.tenantId().value();
        row.botId = conversation.botId().value();
        row.visitorName = conversation.visitor().name();
        row.visitorEmail = conversation.visitor().email();
        row.visitorLocale = conversation.visitor().locale();
        row.visitorAttributesJson = JsonColumns.write(conversation.visitor().attributes());
        row.language = conversation.language();
        row.team = conversation.team() == null ? null : conversation.team().value();
        row.priority = conversation.priority();
        row.status = conversation.status().name();
        row.startedAt = conversation.startedAt();
        row.lastActivityAt = conversation.lastActivityAt();
        row.feedSequence = conversation.feedSequence();
        row.deliveredSequence = conversation.deliveredSequence();
        row.ratedAt = conversation.ratedAt();
        row.endProposedAt = conversation.endProposedAt();
        row.leaveMessageOfferedAt = conversation.leaveMessageOfferedAt();
    }

    private static Conversation toDomain(ConversationEntity row) {
        Map<String, String> attributes = JsonColumns.read(row.visitorAttributesJson, new TypeReference<>() {});
        Conversation chat = new Conversation(
                ConversationId.of(row.id),
                TenantId.of(row.tenantId),
                BotId.of(row.botId),
                new VisitorInfo(row.visitorName, row.visitorEmail, row.visitorLocale, attributes),
                row.language,
                row.team == null ? null : TeamId.of(row.team),
                row.priority,
                row.startedAt,
                ConversationStatus.valueOf(row.status),
                row.lastActivityAt,
                row.feedSequence,
                row.deliveredSequence,
                row.ratedAt);
        if (row.endProposedAt != null) {
            chat.endProposed(row.endProposedAt);
        }
        chat.restoreLeaveMessageOffer(row.leaveMessageOfferedAt);
        return chat;
    }
}
