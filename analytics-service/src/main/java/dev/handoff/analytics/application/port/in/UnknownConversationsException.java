package dev.handoff.analytics.application.port.in;

import dev.handoff.shared.id.ConversationId;
import java.util.List;

/** Some conversation ids of an erasure request are not the tenant's: nothing was sent. */
public class UnknownConversationsException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<ConversationId> unknown;

    public UnknownConversationsException(List<ConversationId> unknown) {
        super("These conversations are unknown: " + unknown);
        this.unknown = List.copyOf(unknown);
    }

    public List<ConversationId> unknown() {
        return unknown;
    }
}
