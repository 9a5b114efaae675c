package dev.handoff.agent.application.port.in;

import dev.handoff.agent.domain.model.Actor;
import dev.handoff.agent.domain.model.LanguageTag;
import java.util.Objects;

/**
 * An agent choosing their settings.
 *
 * @param preferredLanguage null to read and write without translation
 */
public record ChangeAgentSettingsCommand(Actor actor, LanguageTag preferredLanguage) {
    public ChangeAgentSettingsCommand {
        Objects.requireNonNull(actor, "actor");
    }

    /** From what the console sent: a BCP 47 tag such as {@code pt-BR}, or null/absent for none. */
    public static ChangeAgentSettingsCommand of(Actor actor, String preferredLanguage) {
        LanguageTag language = preferredLanguage == null
                ? null
                : InvalidCommandException.check("preferredLanguage", () -> LanguageTag.of(preferredLanguage));
        return new ChangeAgentSettingsCommand(actor, language);
    }
}
