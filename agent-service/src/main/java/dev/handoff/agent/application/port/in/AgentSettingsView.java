package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.AgentSettings;
import java.util.Objects;

/**
 * An agent's settings as their console shows them.
 *
 * @param translationAvailable whether a translator is configured: without one, a preferred language is kept
 *     but messages are shown as written, and the console should say so
 */
public record AgentSettingsView(AgentSettings settings, boolean translationAvailable) {
    public AgentSettingsView {
        Objects.requireNonNull(settings, "settings");
    }
}
