package dev.handoff.analytics;

import dev.handoff.shared.event.Assigned;
import dev.handoff.shared.event.Completed;
import dev.handoff.shared.event.EndedByVisitor;
import dev.handoff.shared.event.Expired;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.HandoffRequested;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.event.Queued;
import dev.handoff.shared.event.Rated;
import dev.handoff.shared.event.Transferred;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.AssignmentMethod;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.PresenceStatus;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.Translation;
import dev.handoff.shared.model.VisitorInfo;
import dev.handoff.testinfra.KafkaTopics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds one tenant's events and sends them to the real Kafka, as the other services would. */
public final class AnalyticsEvents implements AutoCloseable {
    private final KafkaTopics kafka = new KafkaTopics();
    public final TenantId tenant;

    public AnalyticsEvents(String tenant) {
        this.tenant = TenantId.of(tenant);
    }

    public void send(IntegrationEvent event) {
        kafka.publish(event);
    }

    /** Sends the same record twice, as a producer retrying after a lost acknowledgement would. */
    public void sendTwice(IntegrationEvent event) {
        send(event);
        send(event);
    }

    public HandoffRequested requested(
            ConversationId chat,
            String bot,
            String team,
            String language,
            Channel channel,
            Instant at,
            String visitorName,
            String visitorEmail,
            String... botHistory) {
        List<HistoryEntry> history = java.util.Arrays.stream(botHistory)
                .map(text -> new HistoryEntry(Sender.BOT, text, at.minusSeconds(5)))
                .toList();
        return new HandoffRequested(
                UUID.randomUUID(),
                at,
                tenant,
                chat,
                BotId.of(bot),
                new VisitorInfo(visitorName, visitorEmail, language, Map.of("plan", "gold")),
                history,
                language,
                team == null ? null : TeamId.of(team),
                0,
                "asked for a human",
                null,
                null,
                channel);
    }

    public Queued queued(ConversationId chat, String bot, Instant at) {
        return new Queued(UUID.randomUUID(), at, tenant, chat, BotId.of(bot), null, 0, 1, 30);
    }

    public Assigned assigned(ConversationId chat, String agent, Instant at) {
        return new Assigned(
                UUID.randomUUID(), at, tenant, chat, AgentId.of(agent), name(agent), AssignmentMethod.CLAIM);
    }

    public Transferred transferred(ConversationId chat, String from, String to, Instant at) {
        return new Transferred(
                UUID.randomUUID(), at, tenant, chat, AgentId.of(from), to == null ? null : AgentId.of(to), null);
    }

    public MessagePosted message(
            ConversationId chat, Sender sender, String agent, String text, Instant at, Translation translation) {
        return new MessagePosted(
                UUID.randomUUID(),
                at,
                tenant,
                chat,
                MessageId.of("m-" + UUID.randomUUID()),
                sender,
                agent,
                agent == null ? null : name(agent),
                text,
                translation == null ? null : "en",
                translation);
    }

    public Completed completed(ConversationId chat, String agent, Instant at) {
        return new Completed(UUID.randomUUID(), at, tenant, chat, AgentId.of(agent));
    }

    public EndedByVisitor left(ConversationId chat, Instant at) {
        return new EndedByVisitor(UUID.randomUUID(), at, tenant, chat);
    }

    public Expired expired(ConversationId chat, Instant at) {
        return new Expired(UUID.randomUUID(), at, tenant, chat, at.minusSeconds(600));
    }

    public Rated rated(ConversationId chat, int score, String comment, Instant at) {
        return new Rated(UUID.randomUUID(), at, tenant, chat, score, comment);
    }

    public HandoffRefused refused(String bot, String reason, Channel channel, Instant at) {
        return new HandoffRefused(UUID.randomUUID(), at, tenant, BotId.of(bot), null, reason, channel, "en", null);
    }

    public PresenceChanged presence(String agent, PresenceStatus status, Instant at, String... teams) {
        return new PresenceChanged(
                UUID.randomUUID(),
                at,
                tenant,
                AgentId.of(agent),
                name(agent),
                status,
                3,
                java.util.Arrays.stream(teams).map(TeamId::of).toList(),
                List.of("en"));
    }

    /** "Ana" for "ana". */
    public static String name(String agent) {
        return Character.toUpperCase(agent.charAt(0)) + agent.substring(1);
    }

    @Override
    public void close() {
        kafka.close();
    }
}
