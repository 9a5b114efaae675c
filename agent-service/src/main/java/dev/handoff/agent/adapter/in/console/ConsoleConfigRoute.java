package dev.handoff.agent.adapter.in.console;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.ext.web.Router;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The console's {@code config.json} (where to sign in) from this service's configuration, ahead of the static file
 * in the web jar, which names the local Keycloak: a deployment sets {@code AGENT_CONSOLE_OIDC_ISSUER}.
 */
@Singleton
public class ConsoleConfigRoute {
    // before the static resources
    private static final int ORDER = -100;
    private final String json;

    ConsoleConfigRoute(
            @ConfigProperty(name = "agent.console.oidc-issuer") String issuer,
            @ConfigProperty(name = "agent.console.client-id") String clientId,
            @ConfigProperty(name = "agent.console.scope") String scope,
            ObjectMapper mapper)
            throws Exception {
        Map<String, String> config = new LinkedHashMap<>();
        config.put("issuer", issuer);
        config.put("clientId", clientId);
        config.put("scope", scope);
        this.json = mapper.writeValueAsString(config);
    }

    void register(@Observes Router router) {
        router.get("/console/config.json")
                .order(ORDER)
                .handler(context -> context.response()
                        .putHeader("Content-Type", "application/json")
                        .putHeader("Cache-Control", "no-cache")
                        .end(json));
    }
}
