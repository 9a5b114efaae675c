package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.notification.domain.model.MailLanguage;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One agent's notification preferences: e-mail per kind, the console's desktop notifications per kind and its
 * chime, and the mail language. The last three members are read-only facts for the console page (readOnly in the
 * OpenAPI document): a PUT may send them back unchanged, and they change nothing.
 *
 * @param mailLanguage one of {@code mailLanguages}, or null: the token's language, else the tenant's
 * @param email where mail goes: the {@code email} claim of the caller's token; null: no mail can reach them
 * @param idleMinutes the tenant's idle time, after which the console reports the agent away
 * @param mailLanguages the languages mails are written in
 */
@Schema(example = """
        {"emailNewRequest": true, "emailStillWaiting": true, "emailVisitorMessage": false,
        "desktopNewRequest": true, "desktopVisitorMessage": true, "sound": true, "mailLanguage": "en"}""")
public record PreferencesBody(
        @NotNull(message = "must be true or false") Boolean emailNewRequest,
        @NotNull(message = "must be true or false") Boolean emailStillWaiting,
        @NotNull(message = "must be true or false") Boolean emailVisitorMessage,
        @NotNull(message = "must be true or false") Boolean desktopNewRequest,
        @NotNull(message = "must be true or false") Boolean desktopVisitorMessage,
        @NotNull(message = "must be true or false") Boolean sound,

        @Size(max = 35)
        @Schema(
                nullable = true,
                enumeration = {"en", "de"})
        String mailLanguage,

        @Schema(nullable = true, readOnly = true) String email,

        @Schema(readOnly = true) Integer idleMinutes,
        @Schema(readOnly = true) List<String> mailLanguages) {

    static PreferencesBody of(AgentPreferences p, String email, long idleMinutes) {
        return new PreferencesBody(
                p.emailNewRequest(),
                p.emailStillWaiting(),
                p.emailVisitorMessage(),
                p.desktopNewRequest(),
                p.desktopVisitorMessage(),
                p.sound(),
                p.mailLanguage(),
                email,
                (int) idleMinutes,
                MailLanguage.SUPPORTED);
    }

    AgentPreferences toDomain(TenantId tenant, AgentId agent) {
        return new AgentPreferences(
                tenant,
                agent,
                emailNewRequest,
                emailStillWaiting,
                emailVisitorMessage,
                desktopNewRequest,
                desktopVisitorMessage,
                sound,
                mailLanguage);
    }
}
