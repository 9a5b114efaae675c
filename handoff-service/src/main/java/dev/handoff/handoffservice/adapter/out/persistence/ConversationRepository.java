package dev.handoff.handoffservice.adapter.out.persistence;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.handoff.handoffservice.application.port.out.LoadConversationPort;
import dev.handoff.handoffservice.application.port.out.SaveConversationPort;
import dev.handoff.handoffservice.domain.model.Conversation;
import dev.handoff.handoffservice.domain.model.ConversationStatus;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Optional;

/** Visitor-side conversations in PostgreSQL. */
@ApplicationScoped
public class ConversationRepository implements LoadConversationPort, SaveConversationPort {
    @Override
    public Optional<Conversation> load(ConversationId id) {
        return ConversationEntity.<ConversationEntity>findByIdOptional(id.value()).map(ConversationRepository::toDomain);
    }

    @Override
    public void save(Conversation conversation) {
        ConversationEntity row = ConversationEntity.<ConversationEntity>findByIdOptional(conversation.id().value())
                .orElseGet(ConversationEntity::new);
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
        row.persist();
    }

    private static Conversation toDomain(ConversationEntity row) {
        Map<String, String> attributes = JsonColumns.read(row.visitorAttributesJson, new TypeReference<>() { });
        return new Conversation(ConversationId.of(row.id), TenantId.of(row.tenantId), BotId.of(row.botId),
                new VisitorInfo(row.visitorName, row.visitorEmail, row.visitorLocale, attributes), row.language,
                row.team == null ? null : TeamId.of(row.team), row.priority, row.startedAt,
                ConversationStatus.valueOf(row.status), row.lastActivityAt);
    }
}
