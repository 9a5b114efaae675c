package dev.handoff.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.id.VisitorId;
import java.io.IOException;
import java.time.Instant;
import java.util.function.Function;

/** How shared-domain types look in JSON, for events and for the services' REST bodies alike. */
public final class JsonMapping {
    /** Earliest instant read from JSON (events and REST bodies alike). */
    public static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");
    /** Latest instant read from JSON: the end of year 9999, the last a four-digit year can say. */
    public static final Instant LATEST = Instant.parse("9999-12-31T23:59:59.999999999Z");

    private JsonMapping() {}

    /** Identifiers as plain strings, validated when read; instants only as ISO-8601 strings. */
    public static SimpleModule domainModule() {
        SimpleModule module = new SimpleModule("handoff-shared-domain");
        module.addDeserializer(Instant.class, new IsoInstantDeserializer());
        id(module, TenantId.class, TenantId::new);
        id(module, BotId.class, BotId::new);
        id(module, AgentId.class, AgentId::new);
        id(module, VisitorId.class, VisitorId::new);
        id(module, TeamId.class, TeamId::new);
        id(module, MessageId.class, MessageId::new);
        id(module, ConversationId.class, ConversationId::new);
        return module;
    }

    /** Applies the event wire conventions to {@code mapper} and returns it. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.registerModule(new JavaTimeModule())
                .registerModule(domainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .setDefaultPropertyInclusion(JsonInclude.Include.NON_NULL);
        return readStrictly(mapper);
    }

    /**
     * Makes {@code mapper} read only what the JSON says: no duplicate keys (with two "type" fields another reader could
     * see a different value than we do), nothing after the value, no enum by its index, no null for a primitive, and
     * each scalar as its own JSON type. Unknown members stay allowed, so readers tolerate additive changes.
     */
    public static ObjectMapper readStrictly(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        rejectScalarCoercion(mapper);
        return mapper;
    }

    public static ObjectMapper newObjectMapper() {
        return configure(new ObjectMapper());
    }

    /** Each scalar must arrive as its own JSON type: "5" is not a score and 1 is not {@code true}. */
    private static void rejectScalarCoercion(ObjectMapper mapper) {
        mapper.coercionConfigFor(LogicalType.Integer)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean)
                .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    }

    private static <T> void id(SimpleModule module, Class<T> type, Function<String, T> factory) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                // getValueAsString() would turn the number 42 into an id; ids are strings on the wire
                if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                    return type.cast(context.handleUnexpectedToken(type, parser));
                }
                String text = parser.getText();
                try {
                    return factory.apply(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        });
    }

    /**
     * Epoch numbers are refused: a JavaScript client's milliseconds would be read as seconds, 50,000 years ahead.
     * So are instants outside {@link #EARLIEST}..{@link #LATEST}, which no database column of ours can hold.
     */
    private static final class IsoInstantDeserializer extends StdScalarDeserializer<Instant> {
        private static final long serialVersionUID = 1L;

        IsoInstantDeserializer() {
            super(Instant.class);
        }

        @Override
        public Instant deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (Instant) context.handleUnexpectedToken(Instant.class, parser);
            }
            String text = parser.getText();
            Instant instant = InstantDeserializer.INSTANT.deserialize(parser, context);
            if (instant != null && (instant.isBefore(EARLIEST) || instant.isAfter(LATEST))) {
                return (Instant)
                        context.handleWeirdStringValue(Instant.class, text, "outside 1970-01-01 to 9999-12-31");
            }
            return instant;
        }
    }
}
