package dev.handoff.runtime.json;

import dev.handoff.shared.json.EventJson;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Events use EventJson, the one wire form every producer and consumer shares. */
@Singleton
public class EventJsonProducer {
    @Produces
    @Singleton
    EventJson eventJson() {
        return new EventJson();
    }
}
