package dev.handoff.agent.adapter.in.kafka;

import dev.handoff.agent.application.port.in.RecordChatActivityUseCase;
import dev.handoff.agent.application.port.in.TranslateVisitorMessageUseCase;
import dev.handoff.runtime.inbox.BatchTransactions;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import dev.handoff.shared.model.Translation;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Feeds chats with messages, visitors' and agents' alike, in their partition's order, and typing signals. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ChatEventsConsumer {
    // Written by this service's Kafka sender (adapters do not know each other, so the name is said twice).
    private static final String CLIENT_MESSAGE_ID = "client-message-id";
    private final IncomingEvents incoming;
    private final BatchTransactions batches;
    private final EventJson json;
    private final TranslateVisitorMessageUseCase translate;
    private final RecordChatActivityUseCase activity;
    private final MeterRegistry registry;

    public ChatEventsConsumer(
            IncomingEvents incoming,
            EventJson json,
            TranslateVisitorMessageUseCase translate,
            RecordChatActivityUseCase activity,
            BatchTransactions batches,
            MeterRegistry registry) {
        this.batches = batches;
        this.registry = registry;
        this.incoming = incoming;
        this.json = json;
        this.translate = translate;
        this.activity = activity;
    }

    /**
     * Translates first, outside any transaction: the translator is remote, and neither the chat's row lock nor a
     * database connection may wait on it. A redelivered message is translated again, then dropped by the inbox.
     */
    @Incoming("messages")
    @Blocking
    public void onMessages(ConsumerRecords<String, String> records) {
        List<String> payloads = new ArrayList<>();
        Map<String, String> clientMessageIds = new HashMap<>();
        Map<String, Translation> forHolder = new HashMap<>();
        for (ConsumerRecord<String, String> record : records) {
            String payload = record.value();
            payloads.add(payload);
            clientMessageIdOf(record).ifPresent(id -> clientMessageIds.put(payload, id));
            peek(payload).flatMap(translate::forHolder).ifPresent(translation -> forHolder.put(payload, translation));
        }
        // Then each in its own transaction (a chat's row, then its agent's: see BatchTransactions.applyEach).
        batches.applyEach(
                payloads,
                payload -> incoming.accept(Topics.CHAT_MESSAGES, payload, MessagePosted.class)
                        .ifPresent(e -> {
                            activity.onMessagePosted(e, forHolder.get(payload), clientMessageIds.get(payload));
                            // messages/s per tenant and sender (bounded tags): each message once, the inbox drops
                            // replays
                            registry.counter(
                                            "handoff.chat.messages",
                                            "tenant",
                                            e.tenantId().value(),
                                            "sender",
                                            e.sender().name())
                                    .increment();
                        }));
    }

    @Incoming("signals")
    @Blocking
    @Transactional
    public void onSignal(String payload) {
        incoming.accept(Topics.CHAT_SIGNALS, payload, Typing.class).ifPresent(activity::onTyping);
    }

    /** The console's key of an agent's message, which agent-service's own records carry (decision 0082). */
    private static Optional<String> clientMessageIdOf(ConsumerRecord<String, String> record) {
        return Optional.ofNullable(record.headers().lastHeader(CLIENT_MESSAGE_ID))
                .map(header -> new String(header.value(), StandardCharsets.UTF_8));
    }

    /** The message, if the record is one; a malformed record is logged and skipped by the inbox afterwards. */
    private Optional<MessagePosted> peek(String payload) {
        try {
            return Optional.of(json.read(payload))
                    .filter(MessagePosted.class::isInstance)
                    .map(MessagePosted.class::cast);
        } catch (MalformedEventException e) {
            return Optional.empty();
        }
    }
}
