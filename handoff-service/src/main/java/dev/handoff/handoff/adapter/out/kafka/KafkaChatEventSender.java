package dev.handoff.handoff.adapter.out.kafka;

import dev.handoff.handoff.application.port.out.SendChatEventNowPort;
import dev.handoff.handoff.config.VisitorChatConfig;
import dev.handoff.runtime.kafka.AcknowledgedSend;
import dev.handoff.runtime.kafka.AcknowledgedSend.Outcome;
import dev.handoff.runtime.kafka.KafkaBrokerStatus;
import dev.handoff.runtime.outbox.EventRecords;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.MessagePosted;
import dev.handoff.shared.event.Typing;
import dev.handoff.shared.json.EventJson;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;
import org.jboss.logging.Logger;

/**
 * Sends visitor messages and typing straight to Kafka (acks=all, idempotent producer, no linger), keyed by
 * conversation so one chat's messages stay in order. While the broker is unreachable a message is not handed to the
 * producer at all, so its refusal is certain; once handed over, only an acknowledgement or a rejection the producer
 * makes before sending is certain, anything else is {@link Delivery#UNKNOWN}.
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

    @Inject
    KafkaBrokerStatus broker;

    @Inject
    VisitorChatConfig config;

    @Override
    public Delivery sendAndWait(MessagePosted message) {
        Outcome outcome = AcknowledgedSend.sendAndWait(
                broker, emitter, EventRecords.message(message, json.write(message)), config.ackTimeout());
        if (outcome != Outcome.STORED) {
            LOG.debugf("message %s: %s", message.messageId(), outcome);
        }
        return Delivery.valueOf(outcome.name());
    }

    @Override
    public void send(Typing signal) {
        send((IntegrationEvent) signal)
                .subscribe()
                .with(ok -> {}, failure -> LOG.debugf("typing signal dropped: %s", failure.toString()));
    }

    private Uni<Void> send(IntegrationEvent event) {
        return emitter.sendMessage(EventRecords.message(event, json.write(event)));
    }
}
