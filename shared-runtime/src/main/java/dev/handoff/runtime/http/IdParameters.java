package dev.handoff.runtime.http;

import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.MessageId;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.id.VisitorId;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.function.Function;

/**
 * Binds path and query parameters to the typed ids once, at the edge: resources take {@code ConversationId} and the
 * like, and a value that is not an id never reaches them. The id's own factory is the one check; a refusal is an
 * {@link InvalidIdParameterException} naming the parameter (decision 0079).
 */
@Provider
public class IdParameters implements ParamConverterProvider {
    private static final Map<Class<?>, Function<String, ?>> FACTORIES = Map.of(
            AgentId.class, AgentId::of,
            BotId.class, BotId::of,
            ConversationId.class, ConversationId::of,
            MessageId.class, MessageId::of,
            TeamId.class, TeamId::of,
            TenantId.class, TenantId::of,
            VisitorId.class, VisitorId::of);

    @Override
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        Function<String, ?> factory = FACTORIES.get(rawType);
        return factory == null ? null : new IdConverter<>(rawType, factory, nameOf(annotations));
    }

    /** The parameter as the client names it, for the problem's {@code errors}. */
    static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
        }
        return "id";
    }

    private record IdConverter<T>(Class<T> type, Function<String, ?> factory, String parameter)
            implements ParamConverter<T> {
        @Override
        public T fromString(String value) {
            try {
                return type.cast(factory.apply(value));
            } catch (IllegalArgumentException e) {
                throw new InvalidIdParameterException(parameter);
            }
        }

        @Override
        public String toString(T id) {
            return id.toString();
        }
    }
}
