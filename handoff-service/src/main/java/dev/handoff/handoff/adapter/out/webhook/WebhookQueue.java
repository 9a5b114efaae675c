package dev.handoff.handoff.adapter.out.webhook;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.handoff.application.port.out.QueueWebhookPort;
import dev.handoff.handoff.domain.model.BotWebhookEvent;
import dev.handoff.shared.json.JsonMapping;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;

/** Writes a webhook's body next to the state change that caused it; {@link WebhookDispatcher} sends it. */
@ApplicationScoped
public class WebhookQueue implements QueueWebhookPort {
    private static final ObjectMapper MAPPER = JsonMapping.newObjectMapper();

    private final EntityManager em;

    public WebhookQueue(EntityManager em) {
        this.em = em;
    }

    /** The JSON a bot receives. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(
            String payload,
            String eventId,
            Instant occurredAt,
            String tenantId,
            String botId,
            String conversationId,
            String endedBy,
            BotWebhookEvent.AgentMessage message) {}

    @Override
    public void queue(BotWebhookEvent event) {
        Body body = new Body(
                event.payload().name(),
                event.eventId().toString(),
                event.occurredAt(),
                event.tenantId().value(),
                event.botId().value(),
                event.conversationId().value(),
                event.endedBy(),
                event.message());
        em.createNativeQuery("insert into webhook_delivery (tenant_id, bot_id, conversation_id, event_id, payload,"
                        + " next_attempt_at) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, event.tenantId().value())
                .setParameter(2, event.botId().value())
                .setParameter(3, event.conversationId().value())
                .setParameter(4, event.eventId().toString())
                .setParameter(5, write(body))
                .setParameter(6, event.occurredAt())
                .executeUpdate();
    }

    private static String write(Body body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("webhook body not writable", e);
        }
    }
}
