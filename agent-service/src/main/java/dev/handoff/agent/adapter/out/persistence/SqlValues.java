package dev.handoff.agent.adapter.out.persistence;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Conversions for values read by native queries and for the string lists some columns hold. */
final class SqlValues {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

    private SqlValues() {}

    /** A timestamptz column as the JDBC driver and Hibernate happen to return it. */
    static Instant instant(Object value) {
        if (value == null) {
            return null;
        } else if (value instanceof Instant i) {
            return i;
        } else if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        } else if (value instanceof ZonedDateTime z) {
            return z.toInstant();
        } else if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        throw new IllegalStateException("not a timestamp: " + value.getClass().getName());
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    /** A set of strings as a sorted JSON array (role names may contain any character). */
    static String jsonArray(Collection<String> values) {
        try {
            return JSON.writeValueAsString(values.stream().sorted().toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a list of strings", e);
        }
    }

    static Set<String> fromJsonArray(String json) {
        try {
            return json == null || json.isEmpty() ? Set.of() : new LinkedHashSet<>(JSON.readValue(json, STRINGS));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored list is unreadable", e);
        }
    }
}
