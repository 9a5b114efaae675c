package dev.handoff.notification.adapter.in.kafka;

import dev.handoff.notification.application.port.in.ChatMessageCommand;
import dev.handoff.notification.application.port.in.CollectChatMessageUseCase;
import dev.handoff.notification.application.port.in.SelectChatMessagesUseCase;
import dev.handoff.runtime.inbox.BatchTransactions;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.MalformedEventException;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Visitor messages in active chats may become a mail to the agent; agent messages end such a batch. A poll's records
 * are sifted first (decision 0083): those that cannot change a mail are never applied, the others in one transaction
 * through the inbox.
 */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ChatMessagesConsumer {
    private static final Logger LOG = Logger.getLogger(ChatMessagesConsumer.class);

    private final EventJson eventJson;
    private final IncomingEvents incomingEvents;
    private final BatchTransactions transactions;
    private final SelectChatMessagesUseCase select;
    private final CollectChatMessageUseCase collect;

    public ChatMessagesConsumer(
            EventJson eventJson,
            IncomingEvents incomingEvents,
            BatchTransactions transactions,
            SelectChatMessagesUseCase select,
            CollectChatMessageUseCase collect) {
        this.eventJson = eventJson;
        this.incomingEvents = incomingEvents;
        this.transactions = transactions;
        this.select = select;
        this.collect = collect;
    }

    @Incoming("chat-messages")
    @Blocking
    public void consume(List<String> payloads) {
        List<ChatMessageCommand> polled = new ArrayList<>(payloads.size());
        Map<ChatMessageCommand, String> read = new IdentityHashMap<>();
        for (String payload : payloads) {
            try {
                IntegrationEvent event = eventJson.read(payload);
                if (event instanceof MessagePosted posted) {
                    ChatMessageCommand command = command(posted);
                    polled.add(command);
                    read.put(command, payload);
                }
            } catch (MalformedEventException e) {
                LOG.errorf("skipping malformed record on %s: %s", Topics.CHAT_MESSAGES, e.getMessage());
            }
        }
        if (polled.isEmpty()) {
            return;
        }
        List<ChatMessageCommand> kept = select.worthCollecting(polled);
        if (!kept.isEmpty()) {
            transactions.apply(kept.stream().map(read::get).toList(), this::apply);
        }
    }

    private void apply(String payload) {
        incomingEvents
                .accept(Topics.CHAT_MESSAGES, payload, MessagePosted.class)
                .map(ChatMessagesConsumer::command)
                .ifPresent(collect::posted);
    }

    private static ChatMessageCommand command(MessagePosted m) {
        return new ChatMessageCommand(
                m.tenantId(),
                m.conversationId(),
                m.messageId().value(),
                m.sender(),
                m.senderId(),
                m.text(),
                m.occurredAt());
    }
}
