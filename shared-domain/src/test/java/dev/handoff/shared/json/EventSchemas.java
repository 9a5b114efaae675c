package dev.handoff.shared.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.handoff.shared.event.ConversationEvent;
import dev.handoff.shared.event.ErasureConfirmed;
import dev.handoff.shared.event.ErasureRequested;
import dev.handoff.shared.event.HandoffRefused;
import dev.handoff.shared.event.IntegrationEvent;
import dev.handoff.shared.event.PresenceChanged;
import dev.handoff.shared.id.Identifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * JSON Schemas (2020-12) of the events as {@link EventJson} writes them, derived from the records: a member is
 * required when it is a primitive or one every event of its kind must carry ({@code EventTypes.requireCommonFields});
 * any other member is left out when null. Nested records become schemas of their own, referenced by name.
 */
final class EventSchemas {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String REF = "#/components/schemas/";
    private final Map<String, ObjectNode> schemas = new TreeMap<>();
    private final boolean closed;

    /** @param closed whether an object may carry members its record does not have (documents stay open: readers tolerate additions) */
    EventSchemas(boolean closed) {
        this.closed = closed;
    }

    /** Adds the schema of {@code type}, with its nested records, and returns its reference. */
    String event(Class<? extends IntegrationEvent> type) {
        ObjectNode schema = record(type);
        ObjectNode properties = JSON.objectNode();
        properties.set("type", JSON.objectNode().put("const", EventTypes.nameOf(type)));
        properties.setAll((ObjectNode) schema.get("properties"));
        schema.set("properties", properties);
        ArrayNode required =
                JSON.arrayNode().add("type").add("eventId").add("occurredAt").add("tenantId");
        keyOf(type).ifPresent(required::add);
        schema.withArray("required").forEach(name -> {
            if (!contains(required, name.asText())) {
                required.add(name);
            }
        });
        schema.set("required", required);
        schemas.put(EventTypes.nameOf(type), schema);
        return REF + EventTypes.nameOf(type);
    }

    Map<String, ObjectNode> all() {
        return schemas;
    }

    private static Optional<String> keyOf(Class<?> type) {
        if (ConversationEvent.class.isAssignableFrom(type)) {
            return Optional.of("conversationId");
        } else if (PresenceChanged.class.isAssignableFrom(type)) {
            return Optional.of("agentId");
        } else if (HandoffRefused.class.isAssignableFrom(type)) {
            return Optional.of("botId");
        } else if (ErasureRequested.class.isAssignableFrom(type) || ErasureConfirmed.class.isAssignableFrom(type)) {
            return Optional.of("requestId");
        }
        return Optional.empty();
    }

    private ObjectNode record(Class<?> type) {
        ObjectNode schema = JSON.objectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ArrayNode required = JSON.arrayNode();
        for (RecordComponent component : type.getRecordComponents()) {
            properties.set(component.getName(), of(component.getGenericType()));
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        if (ErasureConfirmed.class.equals(type)) {
            required.add("service");
        }
        schema.set("required", required);
        if (closed) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    private ObjectNode of(Type type) {
        if (type instanceof ParameterizedType generic) {
            Class<?> raw = (Class<?>) generic.getRawType();
            Type[] arguments = generic.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                ObjectNode array = JSON.objectNode().put("type", "array");
                array.set("items", of(arguments[0]));
                return Set.class.isAssignableFrom(raw) ? array.put("uniqueItems", true) : array;
            }
            if (Map.class.isAssignableFrom(raw) && String.class.equals(arguments[0])) {
                ObjectNode map = JSON.objectNode().put("type", "object");
                map.set("additionalProperties", of(arguments[1]));
                return map;
            }
            throw new IllegalArgumentException("no JSON schema for " + type);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            return JSON.objectNode().put("type", "string");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return JSON.objectNode().put("type", "integer");
        } else if (c == double.class || c == Double.class) {
            return JSON.objectNode().put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            return JSON.objectNode().put("type", "boolean");
        } else if (c == UUID.class) {
            return JSON.objectNode().put("type", "string").put("format", "uuid");
        } else if (c == Instant.class) {
            return JSON.objectNode().put("type", "string").put("format", "date-time");
        } else if (c == LocalDate.class) {
            return JSON.objectNode().put("type", "string").put("format", "date");
        } else if (c == LocalTime.class) {
            return JSON.objectNode()
                    .put("type", "string")
                    .put("pattern", "^[0-2][0-9]:[0-5][0-9](:[0-5][0-9](\\.[0-9]+)?)?$");
        } else if (c == ZoneId.class) {
            return JSON.objectNode()
                    .put("type", "string")
                    .put("description", "an IANA time zone, e.g. Africa/Johannesburg");
        } else if (c.getPackageName().equals(Identifier.class.getPackageName()) && c.isRecord()) {
            schemas.computeIfAbsent(
                    "Identifier",
                    name -> JSON.objectNode()
                            .put("type", "string")
                            .put("description", "an id: tenant, bot, conversation, agent, team, visitor or message")
                            .put("pattern", "^" + Identifier.REGEX + "$")
                            .put("maxLength", Identifier.MAX_LENGTH));
            return JSON.objectNode().put("$ref", REF + "Identifier");
        } else if (c.isEnum() || c == DayOfWeek.class) {
            ArrayNode values = JSON.arrayNode();
            Arrays.stream(c.getEnumConstants()).map(v -> ((Enum<?>) v).name()).forEach(values::add);
            ObjectNode e = JSON.objectNode().put("type", "string");
            e.set("enum", values);
            return e;
        } else if (c.isRecord()) {
            schemas.computeIfAbsent(c.getSimpleName(), name -> record(c));
            return JSON.objectNode().put("$ref", REF + c.getSimpleName());
        }
        throw new IllegalArgumentException("no JSON schema for " + c.getName());
    }

    private static boolean contains(ArrayNode array, String value) {
        for (var item : array) {
            if (item.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
