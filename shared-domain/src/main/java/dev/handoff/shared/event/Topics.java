package dev.handoff.shared.event;

/** The Kafka topics between services, and which event goes where. */
public final class Topics {
    public static final String HANDOFF_REQUESTS = "handoff.requests.v1";
    public static final String CONVERSATION_LIFECYCLE = "conversation.lifecycle.v1";
    public static final String CHAT_MESSAGES = "chat.messages.v1";
    public static final String CHAT_SIGNALS = "chat.signals.v1";
    public static final String AGENT_PRESENCE = "agent.presence.v1";
    /** Erasure requests (a visitor's, or retention) and each service's confirmation. */
    public static final String DATA_ERASURE = "data.erasure.v1";

    private Topics() {}

    /** The topic an event is published on. */
    public static String of(IntegrationEvent event) {
        return ofType(event.getClass());
    }

    /** The topic events of this type are published on. */
    public static String ofType(Class<? extends IntegrationEvent> type) {
        if (HandoffRequested.class.isAssignableFrom(type) || HandoffRefused.class.isAssignableFrom(type)) {
            return HANDOFF_REQUESTS;
        } else if (LifecycleEvent.class.isAssignableFrom(type)) {
            return CONVERSATION_LIFECYCLE;
        } else if (MessagePosted.class.isAssignableFrom(type)) {
            return CHAT_MESSAGES;
        } else if (Typing.class.isAssignableFrom(type)) {
            return CHAT_SIGNALS;
        } else if (PresenceChanged.class.isAssignableFrom(type)) {
            return AGENT_PRESENCE;
        } else if (ErasureRequested.class.isAssignableFrom(type) || ErasureConfirmed.class.isAssignableFrom(type)) {
            return DATA_ERASURE;
        }
        throw new IllegalArgumentException("no topic for " + type.getName());
    }
}
