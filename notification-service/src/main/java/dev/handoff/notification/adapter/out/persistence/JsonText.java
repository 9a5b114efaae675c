package dev.handoff.notification.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.handoff.shared.json.JsonMapping;

/** Values kept as JSON text in a column: lists and maps that are read and written whole. */
final class JsonText {
    private static final ObjectMapper JSON = JsonMapping.newObjectMapper();

    private JsonText() {}

    static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store " + value.getClass().getSimpleName(), e);
        }
    }

    static <T> T read(String json, TypeReference<T> type, T whenNull) {
        if (json == null) {
            return whenNull;
        }
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is unreadable", e);
        }
    }
}
