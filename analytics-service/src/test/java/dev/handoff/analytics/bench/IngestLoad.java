package dev.handoff.analytics.bench;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Live chats as the other services publish them, sent on schedule at a fixed rate (open loop): each chat is a
 * request, its queueing and assignment, 20 messages, its completion and rating. Each event occurs when it is due.
 */
final class IngestLoad {
    private static final EventJson JSON = new EventJson();
    private final String bootstrapServers;
    private final TenantId tenant;

    IngestLoad(String bootstrapServers, String tenant) {
        this.bootstrapServers = bootstrapServers;
        this.tenant = TenantId.of(tenant);
    }

    /** Sends {@code perSecond} events a second for {@code seconds}; returns each event's id and due time. */
    Map<UUID, Instant> send(int perSecond, int seconds, Random random) {
        Map<UUID, Instant> due = new java.util.LinkedHashMap<>();
        long interval = 1_000_000_000L / perSecond;
        long startNanos = System.nanoTime();
        Instant startAt = Instant.now();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        0),
                new StringSerializer(),
                new StringSerializer())) {
            List<java.util.function.Function<Instant, IntegrationEvent>> chat = new ArrayList<>();
            for (int i = 0; i < perSecond * seconds; i++) {
                if (chat.isEmpty()) {
                    chat = chat(random);
                }
                long dueNanos = startNanos + i * interval;
                LockSupport.parkNanos(dueNanos - System.nanoTime());
                Instant at = startAt.plusNanos(dueNanos - startNanos);
                IntegrationEvent event = chat.remove(0).apply(at);
                due.put(event.eventId(), at);
                producer.send(new ProducerRecord<>(Topics.of(event), event.key(), JSON.write(event)));
            }
        }
        return due;
    }

    private List<java.util.function.Function<Instant, IntegrationEvent>> chat(Random random) {
        ConversationId chat = ConversationId.random();
        AgentId agent = AgentId.of("agent-" + random.nextInt(50));
        List<java.util.function.Function<Instant, IntegrationEvent>> events = new ArrayList<>();
        events.add(at -> new HandoffRequested(
                UUID.randomUUID(),
                at,
                tenant,
                chat,
                BotId.of("shop-bot"),
                new VisitorInfo("Visitor", "visitor@example.com", "en", Map.of()),
                List.of(),
                "en",
                null,
                0,
                null,
                null,
                null,
                Channel.WEBSOCKET));
        events.add(at -> new Queued(UUID.randomUUID(), at, tenant, chat, BotId.of("shop-bot"), null, 0, 1, 10));
        events.add(at -> new Assigned(UUID.randomUUID(), at, tenant, chat, agent, "Agent", AssignmentMethod.AUTO));
        for (int m = 0; m < 20; m++) {
            Sender sender = m % 2 == 0 ? Sender.AGENT : Sender.VISITOR;
            String text = "message " + m + " about the order " + random.nextInt(100_000);
            events.add(at -> new MessagePosted(
                    UUID.randomUUID(),
                    at,
                    tenant,
                    chat,
                    MessageId.of(UUID.randomUUID().toString()),
                    sender,
                    sender == Sender.AGENT ? agent.value() : null,
                    null,
                    text,
                    "en",
                    null));
        }
        events.add(at -> new Completed(UUID.randomUUID(), at, tenant, chat, agent));
        events.add(at -> new Rated(UUID.randomUUID(), at, tenant, chat, 1 + random.nextInt(5), null));
        return events;
    }
}
