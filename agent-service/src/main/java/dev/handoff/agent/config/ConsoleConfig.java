package dev.handoff.agent.config;

import io.smallrye.config.ConfigMapping;

/** Where the console signs in (its {@code config.json}); a deployment points it at its Keycloak's public URL. */
@ConfigMapping(prefix = "agent.console")
public interface ConsoleConfig {
    String oidcIssuer();

    String clientId();

    String scope();
}
