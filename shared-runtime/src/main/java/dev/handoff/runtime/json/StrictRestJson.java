package dev.handoff.runtime.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.handoff.shared.json.JsonMapping;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

/**
 * How REST bodies are read (docs/api-errors.md): ids as plain strings, strictly ({@link JsonMapping#readStrictly}:
 * duplicate keys, coerced scalars and trailing text are errors), instants only as ISO-8601 strings within the range
 * every service stores, and bounded nesting, names, strings, numbers and collections ({@link BoundedCollections}), so
 * no body can make the parser or the validator do unbounded work.
 */
@Singleton
public class StrictRestJson implements ObjectMapperCustomizer {
    /** Deepest nesting of objects and arrays; no body of ours goes past 5. */
    public static final int MAX_NESTING = 32;
    /** Longest member name. */
    public static final int MAX_NAME_LENGTH = 256;
    /** Longest string value, in characters; the longest text field takes 4000. */
    public static final int MAX_STRING_LENGTH = 1 << 20;
    /** Longest number literal, in characters. */
    public static final int MAX_NUMBER_LENGTH = 64;

    @Override
    public void customize(ObjectMapper mapper) {
        // registered after Quarkus's java.time module, so its ISO-only, range-bound Instant reading wins
        mapper.registerModule(JsonMapping.domainModule());
        mapper.registerModule(
                new SimpleModule("handoff-bounded-collections").setDeserializerModifier(new BoundedCollections()));
        JsonMapping.readStrictly(mapper);
        mapper.getFactory()
                .setStreamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_NESTING)
                        .maxNameLength(MAX_NAME_LENGTH)
                        .maxStringLength(MAX_STRING_LENGTH)
                        .maxNumberLength(MAX_NUMBER_LENGTH)
                        .build());
    }

    @Override
    public int priority() {
        // after Quarkus's own customizers, which register the default java.time module
        return MINIMUM_PRIORITY;
    }
}
