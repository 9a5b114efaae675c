package dev.handoff.agent.adapter.in.websocket;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Puts conversations of one tenant through their life on Kafka, as the other services would. */
final class ConversationFixture {
    private static final BotId BOT = BotId.of("demo-bot");

    private final KafkaTopics kafka;
    final TenantId tenant;

    ConversationFixture(KafkaTopics kafka, String tenant) {
        this.kafka = kafka;
        this.tenant = TenantId.of(tenant);
    }

    /** A handoff request and its queueing: the conversation becomes pending. */
    ConversationId pending(String name, String team) {
        ConversationId id = ConversationId.of(tenant.value() + "-" + name);
        TeamId teamId = team == null ? null : TeamId.of(team);
        send(new HandoffRequested(
                UUID.randomUUID(),
                Instant.now(),
                tenant,
                id,
                BOT,
                new VisitorInfo("Visitor " + name, null, null, Map.of()),
                List.of(new HistoryEntry(Sender.VISITOR, "help with " + name, null)),
                "en",
                teamId,
                2,
                null));
        send(new Queued(UUID.randomUUID(), Instant.now(), tenant, id, BOT, teamId, 2, 1, 60));
        return id;
    }

    void assign(ConversationId id, String agent) {
        send(new Assigned(
                UUID.randomUUID(), Instant.now(), tenant, id, AgentId.of(agent), agent, AssignmentMethod.CLAIM));
    }

    void endByVisitor(ConversationId id) {
        send(new EndedByVisitor(UUID.randomUUID(), Instant.now(), tenant, id));
    }

    /** Any event, as another service would publish it. */
    void publish(IntegrationEvent event) {
        send(event);
    }

    private void send(IntegrationEvent event) {
        kafka.publish(event);
    }
}
