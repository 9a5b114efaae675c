package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.application.port.in.AgentContactCommand;
import dev.handoff.notification.application.port.in.ManagePreferencesUseCase;
import dev.handoff.notification.application.port.in.ManageSettingsUseCase;
import dev.handoff.notification.domain.model.AgentPreferences;
import dev.handoff.notification.domain.model.Recipients;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.id.TeamId;
import dev.handoff.shared.id.TenantId;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Each agent's own notification preferences. Both calls also record, from the caller's token, the address
 * ({@code email} claim) and language ({@code locale} claim) mails reach them at: the console reads its preferences
 * when it starts, so every agent who opened the console can be mailed.
 */
@Path("/api/v1/notifications/preferences")
@RolesAllowed({"agent", "supervisor"})
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class PreferencesResource {
    private final ManagePreferencesUseCase preferences;
    private final ManageSettingsUseCase settings;
    private final Caller caller;
    private final JsonWebToken token;

    public PreferencesResource(
            ManagePreferencesUseCase preferences, ManageSettingsUseCase settings, Caller caller, JsonWebToken token) {
        this.preferences = preferences;
        this.settings = settings;
        this.caller = caller;
        this.token = token;
    }

    @GET
    public PreferencesBody preferences() {
        AgentContactCommand me = me();
        return body(preferences.preferences(me), me);
    }

    @PUT
    public PreferencesBody replace(@NotNull(message = "a JSON body is required") @Valid PreferencesBody body) {
        AgentContactCommand me = me();
        return body(preferences.replace(me, body.toDomain(me.tenantId(), me.agentId())), me);
    }

    private PreferencesBody body(AgentPreferences saved, AgentContactCommand me) {
        // Only an address mail can go to (as the contact keeps it), so the page tells the truth about the mail.
        String address =
                me.email() != null && Recipients.isValidEmail(me.email().strip())
                        ? me.email().strip()
                        : null;
        return PreferencesBody.of(
                saved, address, settings.settings(me.tenantId()).idleAfter().toMinutes());
    }

    private AgentContactCommand me() {
        TenantId tenant = caller.tenant();
        Set<TeamId> teams = caller.teams().stream()
                .filter(Identifier::isValid)
                .map(TeamId::of)
                .collect(Collectors.toSet());
        return new AgentContactCommand(
                tenant,
                caller.agentId(),
                caller.displayName(),
                claim("email"),
                claim("locale"),
                caller.hasRole("supervisor"),
                teams);
    }

    private String claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? null : value.toString().replace("\"", "");
    }
}
