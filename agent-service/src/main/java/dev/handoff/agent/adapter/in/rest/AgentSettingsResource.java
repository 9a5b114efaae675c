package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.AgentSettingsView;
import dev.handoff.agent.application.port.in.ChangeAgentSettingsCommand;
import dev.handoff.agent.application.port.in.ChangeAgentSettingsUseCase;
import dev.handoff.agent.application.port.in.ViewAgentSettingsUseCase;
import dev.handoff.agent.domain.model.LanguageTag;
import dev.handoff.runtime.input.Text;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The caller's own settings in their tenant: the language they read and write in. Visitors' messages in another
 * language are shown to them translated, and their messages reach visitors translated, when a translator is
 * configured; {@code translationAvailable} tells the console whether one is.
 */
@Path("/api/v1/agent/settings")
@RolesAllowed({"agent", "supervisor"})
@Produces(MediaType.APPLICATION_JSON)
public class AgentSettingsResource {
    private final ViewAgentSettingsUseCase view;
    private final ChangeAgentSettingsUseCase change;
    private final Caller caller;

    public AgentSettingsResource(ViewAgentSettingsUseCase view, ChangeAgentSettingsUseCase change, Caller caller) {
        this.view = view;
        this.change = change;
        this.caller = caller;
    }

    @GET
    public SettingsBody settings() {
        return SettingsBody.of(view.view(Actors.of(caller)));
    }

    /** Replaces the settings: a missing or null {@code preferredLanguage} means no translation. */
    @PUT
    public SettingsBody change(@NotNull(message = "a JSON body is required") @Valid SettingsInput body) {
        return SettingsBody.of(
                change.change(ChangeAgentSettingsCommand.of(Actors.of(caller), body.preferredLanguage())));
    }

    /** Settings as written: {@code preferredLanguage} a BCP 47 tag such as {@code en} or {@code pt-BR}, or null. */
    @Schema(example = """
            {"preferredLanguage": "en"}""")
    public record SettingsInput(
            @Text(max = LanguageTag.MAX_LENGTH) @Schema(maxLength = LanguageTag.MAX_LENGTH)
            String preferredLanguage) {}

    /**
     * Settings as stored.
     *
     * @param preferredLanguage in canonical case ({@code pt-br} becomes {@code pt-BR}); null for none
     * @param translationAvailable false when no translator is configured: messages are then shown as written
     * @param updatedAt null until first saved
     */
    public record SettingsBody(
            @Schema(nullable = true) String preferredLanguage,
            boolean translationAvailable,
            @Schema(nullable = true) Instant updatedAt) {
        static SettingsBody of(AgentSettingsView v) {
            return new SettingsBody(
                    v.settings().language().map(LanguageTag::value).orElse(null),
                    v.translationAvailable(),
                    v.settings().updatedAt());
        }
    }
}
