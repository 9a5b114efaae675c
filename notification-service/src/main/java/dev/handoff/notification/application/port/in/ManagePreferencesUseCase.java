package dev.handoff.notification.application.port.in;

import dev.handoff.notification.domain.model.AgentPreferences;

/** An agent reads and changes what they are told, and remembers how to reach them. */
public interface ManagePreferencesUseCase {
    /** The caller's preferences (defaults until saved); also records their address and language from their token. */
    AgentPreferences preferences(AgentContactCommand caller);

    /** Replaces the caller's preferences, and records their contact like {@link #preferences}. */
    AgentPreferences replace(AgentContactCommand caller, AgentPreferences preferences);
}
