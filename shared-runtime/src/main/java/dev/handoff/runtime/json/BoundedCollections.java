package dev.handoff.runtime.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.MapType;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;

/**
 * No list or map in a REST body holds more than {@link #MAX_ELEMENTS} elements: larger ones are refused while the
 * body is read, before bean validation, which would otherwise check (and collect a violation for) every element;
 * for 100,000 equal bad elements that takes Hibernate Validator minutes. The smaller limits of each field
 * ({@code @Size}) still apply after.
 */
final class BoundedCollections extends BeanDeserializerModifier {
    private static final long serialVersionUID = 1L;
    /** Most elements of any list or map; the largest field limit is 500 (a handoff's bot history). */
    static final int MAX_ELEMENTS = 1000;

    @Override
    public JsonDeserializer<?> modifyCollectionDeserializer(
            DeserializationConfig config,
            CollectionType type,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    @Override
    public JsonDeserializer<?> modifyMapDeserializer(
            DeserializationConfig config, MapType type, BeanDescription description, JsonDeserializer<?> deserializer) {
        return new Bounded(deserializer);
    }

    private static final class Bounded extends DelegatingDeserializer {
        private static final long serialVersionUID = 1L;

        Bounded(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Bounded(delegate);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            Object value = super.deserialize(parser, context);
            int size = value instanceof Collection<?> c ? c.size() : value instanceof Map<?, ?> m ? m.size() : 0;
            if (size > MAX_ELEMENTS) {
                throw new TooManyElementsException(parser, MAX_ELEMENTS, value.getClass());
            }
            return value;
        }
    }
}
