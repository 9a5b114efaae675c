package dev.handoff.shared.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.shared.event.IntegrationEvent;

/**
 * The one JSON mapping of integration events, used by every producer, consumer and golden test.
 * The wire form is the record's components in order, preceded by {@code "type"}: the record's
 * simple name. Nulls are omitted; unknown fields are ignored so consumers tolerate additions.
 */
public final class EventJson {
    private static final String TYPE = "type";
    private final ObjectMapper mapper;

    public EventJson() {
        this(JsonMapping.newObjectMapper());
    }

    /** Uses {@code mapper}, which must already carry {@link JsonMapping#domainModule()}. */
    public EventJson(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The event as one line of JSON. */
    public String write(IntegrationEvent event) {
        ObjectNode node = mapper.createObjectNode();
        node.put(TYPE, EventTypes.nameOf(event.getClass()));
        node.setAll((ObjectNode) mapper.valueToTree(event));
        try {
            return mapper.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + event.getClass().getSimpleName(), e);
        }
    }

    /**
     * Reads any event from its JSON.
     *
     * @throws MalformedEventException if the text is not JSON, names no known type, or misses or breaks a field
     */
    public IntegrationEvent read(String json) {
        if (json == null) {
            // a Kafka tombstone has no value; it must be skipped like any other unreadable record
            throw new MalformedEventException("no content");
        }
        JsonNode node;
        try {
            node = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject() || !node.path(TYPE).isTextual()) {
            throw new MalformedEventException("an event must be a JSON object with a \"type\"");
        }
        Class<? extends IntegrationEvent> type = EventTypes.classOf(
                        node.get(TYPE).asText())
                .orElseThrow(() -> new MalformedEventException(
                        "unknown event type " + node.get(TYPE).asText()));
        ((ObjectNode) node).remove(TYPE);
        try {
            IntegrationEvent event = mapper.treeToValue(node, type);
            EventTypes.requireCommonFields(event);
            return event;
        } catch (JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("bad " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** Reads an event that must be of {@code type}. */
    public <T extends IntegrationEvent> T read(String json, Class<T> type) {
        IntegrationEvent event = read(json);
        if (!type.isInstance(event)) {
            throw new MalformedEventException("expected " + type.getSimpleName() + " but got "
                    + event.getClass().getSimpleName());
        }
        return type.cast(event);
    }
}
