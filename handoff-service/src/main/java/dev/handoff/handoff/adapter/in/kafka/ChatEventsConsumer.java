package dev.handoff.handoff.adapter.in.kafka;

import dev.handoff.handoff.application.port.in.RecordChatMessageUseCase;
import dev.handoff.runtime.inbox.BatchTransactions;
import dev.handoff.runtime.inbox.IncomingEvents;
import dev.handoff.runtime.inbox.RetryWhileDatabaseDown;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Chat messages (visitors' own and agents') and typing, for the visitor feed and the bots. */
@ApplicationScoped
@RetryWhileDatabaseDown
public class ChatEventsConsumer {
    private final IncomingEvents incoming;
    private final BatchTransactions batches;
    private final RecordChatMessageUseCase chat;

    public ChatEventsConsumer(IncomingEvents incoming, RecordChatMessageUseCase chat, BatchTransactions batches) {
        this.batches = batches;
        this.incoming = incoming;
        this.chat = chat;
    }

    /**
     * A poll's worth of messages in one transaction (the channel is a batch channel): a restarted replica drains its
     * backlog at hundreds per second instead of paying a transaction per message. See {@link BatchTransactions}.
     */
    @Incoming("messages")
    @Blocking
    public void onMessages(List<String> payloads) {
        batches.apply(
                payloads,
                payload -> incoming.accept(Topics.CHAT_MESSAGES, payload, MessagePosted.class)
                        .ifPresent(chat::onMessagePosted));
    }

    @Incoming("signals")
    @Blocking
    @Transactional
    public void onSignal(String payload) {
        incoming.accept(Topics.CHAT_SIGNALS, payload, Typing.class).ifPresent(chat::onTyping);
    }
}
