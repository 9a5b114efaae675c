package dev.handoff.runtime.security;

import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.AgentId;
import dev.handoff.shared.id.TenantId;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** Who is calling, read from the verified token only: the tenant never comes from a header or body. */
@RequestScoped
public class Caller {
    public static final String TENANT_CLAIM = "tenant";
    public static final String BOT_IDS_CLAIM = "bot_ids";
    public static final String TEAMS_CLAIM = "teams";

    @Inject
    JsonWebToken token;

    @Inject
    SecurityIdentity identity;

    public TenantId tenant() {
        Object claim = token.getClaim(TENANT_CLAIM);
        String value = claim == null ? null : claim.toString().replace("\"", "");
        try {
            return TenantId.of(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.forbidden("Your token carries no valid \"tenant\" claim.");
        }
    }

    /** The agent behind the token: its subject. */
    public AgentId agentId() {
        return AgentId.of(token.getSubject());
    }

    /** A name to show to others: the token's name, else its username, else its subject. */
    public String displayName() {
        for (String claim : new String[] {"name", "preferred_username"}) {
            String value = token.getClaim(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return token.getSubject();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The bot ids a bot token may act for. */
    public Set<String> botIds() {
        return stringsOf(BOT_IDS_CLAIM);
    }

    /** The agent's teams; empty when the token names none. */
    public Set<String> teams() {
        return stringsOf(TEAMS_CLAIM);
    }

    private Set<String> stringsOf(String name) {
        Object claim = token.getClaim(name);
        if (claim instanceof Collection<?> values) {
            return values.stream().map(v -> v.toString().replace("\"", "")).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of();
    }
}
