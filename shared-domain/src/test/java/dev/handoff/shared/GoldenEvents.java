package dev.handoff.shared;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.EventTypes;
import dev.handoff.shared.json.JsonMapping;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The golden JSON files that pin each event's wire format, for the producer and consumer tests of every
 * service (shipped in shared-domain's test-jar).
 *
 * <p>A producer test writes its event and compares {@link #tree} of it with {@code tree(json(Type.class))};
 * a consumer test feeds {@link #json} to its consumer and checks the effect. The files are pretty-printed,
 * so compare them as trees, never as strings.
 */
public final class GoldenEvents {
    /**
     * Where the files are on the classpath: {@code <EventSimpleName>.json} for each event with every field
     * set, and {@code <EventSimpleName>.minimal.json} for events whose optional fields can be absent.
     */
    public static final String FOLDER = "golden/";

    private static final EventJson EVENT_JSON = new EventJson();
    private static final ObjectMapper MAPPER = JsonMapping.newObjectMapper();

    private GoldenEvents() {}

    /** The golden JSON of {@code eventType}, with every field set. */
    public static String json(Class<?> eventType) {
        return json(EventTypes.nameOf(eventType) + ".json");
    }

    /**
     * The golden file {@code fileName}, such as {@code "HandoffRequested.minimal.json"}.
     *
     * @throws IllegalArgumentException if there is no such file
     */
    public static String json(String fileName) {
        try (InputStream in = GoldenEvents.class.getClassLoader().getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + FOLDER + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The event in the golden file of {@code eventType}, read as every consumer reads it. */
    public static <T> T event(Class<T> eventType) {
        return event(EventTypes.nameOf(eventType) + ".json", eventType);
    }

    /** The event in the golden file {@code fileName}, which must hold a {@code eventType}. */
    public static <T> T event(String fileName, Class<T> eventType) {
        Object event = EVENT_JSON.read(json(fileName));
        if (!eventType.isInstance(event)) {
            throw new IllegalArgumentException(
                    fileName + " holds a " + event.getClass().getSimpleName() + ", not a " + eventType.getSimpleName());
        }
        return eventType.cast(event);
    }

    /** {@code json} as a tree, equal to another tree whatever their spacing and field order. */
    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
