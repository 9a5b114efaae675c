package dev.handoff.handoffservice.adapter.out.kafka;

import dev.handoff.handoffservice.application.port.out.SendChatEventNowPort;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.EventTypes;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends visitor messages and typing straight to Kafka (acks=all, idempotent producer, no linger), keyed by
 * conversation so one chat's messages stay in order.
 */
@ApplicationScoped
public class KafkaChatEventSender implements SendChatEventNowPort {
    private static final Logger LOG = Logger.getLogger(KafkaChatEventSender.class);

    @Inject
    @Channel("visitor-chat")
    @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 4096)
    MutinyEmitter<String> emitter;

    @Inject
    EventJson json;

    @ConfigProperty(name = "handoff.visitor-chat.ack-timeout", defaultValue = "10s")
    Duration ackTimeout;

    @Override
    public void sendAndWait(MessagePosted message) {
        send(message).await().atMost(ackTimeout);
    }

    @Override
    public void send(Typing signal) {
        send((IntegrationEvent) signal).subscribe().with(ok -> { },
                failure -> LOG.debugf("typing signal dropped: %s", failure.toString()));
    }

    private Uni<Void> send(IntegrationEvent event) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", EventTypes.nameOf(event.getClass()).getBytes(StandardCharsets.UTF_8));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(Topics.of(event)).withKey(event.key()).withHeaders(headers).build();
        return emitter.sendMessage(Message.of(json.write(event)).addMetadata(metadata));
    }
}
