package dev.handoff.agent.adapter.out.kafka;

import dev.handoff.agent.application.port.out.PublishMessageNowPort;
import dev.handoff.agent.config.ChatsConfig;
import dev.handoff.runtime.kafka.AcknowledgedSend;
import dev.handoff.runtime.kafka.AcknowledgedSend.Outcome;
import dev.handoff.runtime.kafka.KafkaBrokerStatus;
import dev.handoff.runtime.outbox.EventRecords;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.json.EventJson;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends agents' messages straight to {@code chat.messages.v1} (acks=all, idempotent producer, no linger), keyed by
 * conversation like every chat record. The console's client message id rides in a header: only this service's
 * consumer needs it, and the event's schema stays as every other consumer knows it.
 */
@ApplicationScoped
public class KafkaAgentMessageSender implements PublishMessageNowPort {
    /** The header naming the console's client message id of an agent's message; the messages consumer reads it. */
    static final String CLIENT_MESSAGE_ID = "client-message-id";

    private static final Logger LOG = Logger.getLogger(KafkaAgentMessageSender.class);

    @Inject
    @Channel("agent-chat")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<String> emitter;

    @Inject
    EventJson json;

    @Inject
    KafkaBrokerStatus broker;

    @Inject
    ChatsConfig config;

    @Override
    public Delivery publishAndWait(MessagePosted message, String clientMessageId) {
        Message<String> record = EventRecords.message(message, json.write(message));
        record.getMetadata(OutgoingKafkaRecordMetadata.class)
                .orElseThrow()
                .getHeaders()
                .add(CLIENT_MESSAGE_ID, clientMessageId.getBytes(StandardCharsets.UTF_8));
        Outcome outcome = AcknowledgedSend.sendAndWait(broker, emitter, record, config.sendTimeout());
        if (outcome != Outcome.STORED) {
            // An unknown outcome may hide a record that was written: the console resends with the same id.
            LOG.debugf("agent message %s: %s", message.messageId(), outcome);
        }
        return Delivery.valueOf(outcome.name());
    }
}
