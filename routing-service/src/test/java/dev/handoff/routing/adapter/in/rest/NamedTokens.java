package dev.handoff.routing.adapter.in.rest;

import dev.handoff.testinfra.TestTokens;
import io.smallrye.jwt.build.Jwt;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Agent tokens whose display name differs from the subject ({@link TestTokens} uses one for both), signed with the
 * OIDC mock's key like {@link TestTokens}'s, so that a test can tell a name from an id.
 */
final class NamedTokens {
    private NamedTokens() {}

    /** An agent token with subject {@code agent} and claim {@code name}; roles as in {@link TestTokens#agent}. */
    static String agent(String agent, String name, String tenant, String... roles) {
        return Jwt.issuer(TestTokens.ISSUER)
                .audience(TestTokens.AUDIENCE)
                .subject(agent)
                .claim("jti", UUID.randomUUID().toString())
                .claim("typ", "Bearer")
                .preferredUserName(agent)
                .claim("name", name)
                .claim("tenant", tenant)
                .claim("realm_access", Map.of("roles", List.of(roles)))
                .groups(Set.of(roles))
                .expiresIn(3600)
                .jws()
                .keyId("1")
                .sign("privateKey.jwk");
    }
}
