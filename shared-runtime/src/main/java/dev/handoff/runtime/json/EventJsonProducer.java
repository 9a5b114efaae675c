package dev.handoff.runtime.json;

import dev.handoff.shared.json.EventJson;
import dev.handoff.shared.json.JsonMapping;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Wires the shared JSON mapping: events use EventJson; REST bodies get ids as plain strings. */
@Singleton
public class EventJsonProducer implements ObjectMapperCustomizer {
    @Produces
    @Singleton
    EventJson eventJson() {
        return new EventJson();
    }

    @Override
    public void customize(com.fasterxml.jackson.databind.ObjectMapper mapper) {
        mapper.registerModule(JsonMapping.domainModule());
    }
}
