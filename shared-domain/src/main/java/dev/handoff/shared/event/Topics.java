package dev.handoff.shared.event;

/** The Kafka topics between services, and which event goes where. */
public final class Topics {
    public static final String HANDOFF_REQUESTS = "handoff.requests.v1";
    public static final String CONVERSATION_LIFECYCLE = "conversation.lifecycle.v1";
    public static final String CHAT_MESSAGES = "chat.messages.v1";
    public static final String CHAT_SIGNALS = "chat.signals.v1";
    public static final String AGENT_PRESENCE = "agent.presence.v1";

    private Topics() {
    }

    /** The topic an event is published on. */
    public static String of(IntegrationEvent event) {
        if (event instanceof HandoffRequested) {
            return HANDOFF_REQUESTS;
        } else if (event instanceof LifecycleEvent) {
            return CONVERSATION_LIFECYCLE;
        } else if (event instanceof MessagePosted) {
            return CHAT_MESSAGES;
        } else if (event instanceof Typing) {
            return CHAT_SIGNALS;
        } else if (event instanceof PresenceChanged) {
            return AGENT_PRESENCE;
        }
        throw new IllegalArgumentException("no topic for " + event.getClass().getName());
    }
}
