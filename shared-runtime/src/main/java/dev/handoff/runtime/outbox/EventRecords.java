package dev.handoff.runtime.outbox;

import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.Topics;
import dev.handoff.shared.json.EventTypes;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Message;

/** How every event record is written: its topic, the conversation (or agent) as key, an event-type header. */
public final class EventRecords {
    private EventRecords() {}

    /** A record of {@code payload} for {@code topic}, keyed and typed. */
    public static Message<String> message(String topic, String key, String eventType, String payload) {
        RecordHeaders headers = new RecordHeaders();
        headers.add("event-type", eventType.getBytes(StandardCharsets.UTF_8));
        return Message.of(payload)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withTopic(topic)
                        .withKey(key)
                        .withHeaders(headers)
                        .build());
    }

    /** The record of {@code event}, whose JSON is {@code payload}. */
    public static Message<String> message(IntegrationEvent event, String payload) {
        return message(Topics.of(event), event.key(), EventTypes.nameOf(event.getClass()), payload);
    }
}
