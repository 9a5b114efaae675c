package dev.handoff.shared.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.id.VisitorId;
import java.io.IOException;
import java.util.function.Function;

/** How shared-domain types look in JSON, for events and for the services' REST bodies alike. */
public final class JsonMapping {
    private JsonMapping() {
    }

    /** Identifiers as plain strings, validated when read. */
    public static SimpleModule domainModule() {
        SimpleModule module = new SimpleModule("handoff-shared-domain");
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
        return mapper.registerModule(new JavaTimeModule())
                .registerModule(domainModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .setSerializationInclusion(JsonInclude.Include.NON_NULL);
    }

    public static ObjectMapper newObjectMapper() {
        return configure(new ObjectMapper());
    }

    private static <T> void id(SimpleModule module, Class<T> type, Function<String, T> factory) {
        module.addSerializer(type, ToStringSerializer.instance);
        module.addDeserializer(type, new StdScalarDeserializer<T>(type) {
            private static final long serialVersionUID = 1L;

            @Override
            public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = parser.getValueAsString();
                if (text == null) {
                    return type.cast(context.handleUnexpectedToken(type, parser));
                }
                try {
                    return factory.apply(text);
                } catch (IllegalArgumentException e) {
                    return type.cast(context.handleWeirdStringValue(type, text, e.getMessage()));
                }
            }
        });
    }
}
