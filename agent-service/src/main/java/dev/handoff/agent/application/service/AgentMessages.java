package dev.handoff.agent.application.service;

import dev.handoff.agent.application.port.in.MessageNotSentException;
import dev.handoff.agent.application.port.in.SentMessage;
import dev.handoff.agent.application.port.out.ChatChangesPort;
import dev.handoff.agent.application.port.out.ChatChangesPort.Watch;
import dev.handoff.agent.application.port.out.ChatMessagePort;
import dev.handoff.agent.application.port.out.PublishMessageNowPort;
import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.AgentConversation;
import dev.handoff.agent.domain.model.ChatMessage;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.model.Sender;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Posts an agent's message (decision 0082): checked and refused at once when it may not be sent, then put on the chat's
 * partition and answered only once the broker has it and this service's consumer has numbered it there, in the
 * partition's order with the visitor's messages. So every observer sees one order, and whatever is sent after the
 * answer comes after the message. Any translation was made before: nothing here waits on a translator.
 */
@ApplicationScoped
public class AgentMessages {
    private final ChatGuard guard;
    private final ChatMessagePort messages;
    private final PublishMessageNowPort kafka;
    private final ChatChangesPort changes;
    private final Clock clock;
    private final Duration bound;

    public AgentMessages(
            ChatGuard guard,
            ChatMessagePort messages,
            PublishMessageNowPort kafka,
            ChatChangesPort changes,
            Clock clock,
            SendWait wait) {
        this.guard = guard;
        this.messages = messages;
        this.kafka = kafka;
        this.changes = changes;
        this.clock = clock;
        this.bound = wait.bound();
    }

    /**
     * Sends {@code text} (asked for only once the message is known to be new and allowed) as {@code outgoing}
     * says, unless the client message id was used before in this chat: then the earlier message is returned
     * and nothing is published.
     */
    SentMessage post(Actor actor, ConversationId id, String clientMessageId, Supplier<String> text, Outgoing outgoing) {
        Admission admission = admit(actor, id, clientMessageId, text, outgoing);
        if (admission.earlier().isPresent()) {
            return new SentMessage(admission.earlier().get(), false);
        }
        MessagePosted posted = admission.posted();
        // Watched before publishing: the numbering's announcement cannot slip past.
        try (Watch numbered = changes.follow(id)) {
            switch (kafka.publishAndWait(posted, clientMessageId)) {
                case STORED -> {}
                case NOT_WRITTEN -> throw new MessageNotSentException(false);
                default -> throw new MessageNotSentException(true);
            }
            ChatMessage message = awaitNumbered(numbered, id, clientMessageId);
            // A resend racing this one published the same message id; whichever record came first is the message.
            return new SentMessage(message, message.sentAt().equals(posted.occurredAt()));
        }
    }

    /** The earlier message of this client message id, or the message to publish (the refusals are thrown). */
    @Transactional
    Admission admit(Actor actor, ConversationId id, String clientMessageId, Supplier<String> text, Outgoing outgoing) {
        AgentConversation chat = guard.held(actor, id);
        Optional<ChatMessage> earlier = messages.byClientMessageId(id, clientMessageId);
        if (earlier.isPresent()) {
            return new Admission(earlier, null);
        }
        ChatGuard.requireOpen(chat);
        // Microseconds, as PostgreSQL keeps them: the stored copy tells this send's record from a racing resend's.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Admission(
                Optional.empty(),
                new MessagePosted(
                        UUID.randomUUID(),
                        now,
                        chat.tenantId(),
                        id,
                        messageIdOf(id, clientMessageId),
                        Sender.AGENT,
                        actor.agentId().value(),
                        actor.displayName(),
                        text.get(),
                        outgoing.languageTag(),
                        outgoing.translation()));
    }

    @Transactional
    Optional<ChatMessage> stored(ConversationId id, String clientMessageId) {
        return messages.byClientMessageId(id, clientMessageId);
    }

    private ChatMessage awaitNumbered(Watch numbered, ConversationId id, String clientMessageId) {
        Instant deadline = clock.instant().plus(bound);
        try {
            while (true) {
                Optional<ChatMessage> message = stored(id, clientMessageId);
                Duration left = Duration.between(clock.instant(), deadline);
                if (message.isPresent()) {
                    return message.get();
                } else if (left.isNegative() || left.isZero()) {
                    // On Kafka for certain, not numbered here yet: a resend with the same id finds it once it is.
                    throw new MessageNotSentException(true);
                }
                numbered.awaitChange(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MessageNotSentException(true);
        }
    }

    /**
     * The same for every send of one client message id in one chat, so a resend is the same message to every consumer;
     * never one of a visitor's message ids, which handoff-service derives from the chat and client id alone.
     */
    static MessageId messageIdOf(ConversationId chat, String clientMessageId) {
        byte[] name = ("agent\n" + chat.value() + "\n" + clientMessageId).getBytes(StandardCharsets.UTF_8);
        return MessageId.of(UUID.nameUUIDFromBytes(name).toString());
    }

    /** What the admission found: an earlier message of the client message id, or the new message. */
    record Admission(Optional<ChatMessage> earlier, MessagePosted posted) {}
}
