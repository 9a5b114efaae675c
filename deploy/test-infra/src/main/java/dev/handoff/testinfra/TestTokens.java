package dev.handoff.testinfra;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.lang.JoseException;

/**
 * Access tokens that a service configured with {@link OidcWiremockTestResource} accepts.
 *
 * <p>They are signed like that resource's own tokens: RS256 with its {@code privateKey.jwk} (kid "1", whose
 * public half its JWKS endpoint serves), issuer and audience from the system properties
 * {@code quarkus.test.oidc.token.issuer} / {@code .audience} (default {@code https://server.example.com}).
 * Keycloak's shape: roles at {@code realm_access.roles}, also copied to {@code groups}.
 */
public final class TestTokens {

    /** The issuer the mock's discovery document announces. */
    public static final String ISSUER =
            System.getProperty("quarkus.test.oidc.token.issuer", "https://server.example.com");
    /** The audience of the mock's own access tokens. */
    public static final String AUDIENCE =
            System.getProperty("quarkus.test.oidc.token.audience", "https://server.example.com");

    private static final String KEY_ID = "1";
    private static final PrivateKey KEY = loadKey();

    private TestTokens() {}

    /**
     * A human agent's token.
     *
     * @param username becomes {@code sub}, {@code preferred_username} and {@code name}
     * @param tenant   the {@code tenant} claim
     * @param roles    realm roles, e.g. "agent", "supervisor"
     * @return the signed JWT, without the "Bearer " prefix
     */
    public static String agent(String username, String tenant, String... roles) {
        JwtClaims claims = base(username, username, tenant, roles);
        claims.setClaim("name", username);
        return sign(claims);
    }

    /**
     * A human agent's token that names the agent's teams.
     *
     * @param teams the {@code teams} claim: the team queues this agent serves
     * @return the signed JWT, without the "Bearer " prefix
     */
    public static String agentInTeams(String username, String tenant, List<String> teams, String... roles) {
        JwtClaims claims = base(username, username, tenant, roles);
        claims.setClaim("name", username);
        claims.setStringListClaim("teams", teams);
        return sign(claims);
    }

    /**
     * A human agent's token with more claims, such as Keycloak's {@code email} and {@code locale}.
     *
     * @param claims added to (or replacing) the claims {@link #agent} sets
     * @return the signed JWT, without the "Bearer " prefix
     */
    public static String agentWith(String username, String tenant, Map<String, Object> claims, String... roles) {
        JwtClaims jwt = base(username, username, tenant, roles);
        jwt.setClaim("name", username);
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    /**
     * A bot's service-account token (Keycloak client-credentials shape), with role "bot".
     *
     * @param clientId becomes {@code azp} and {@code client_id}; {@code sub} is "service-account-" + clientId
     * @param tenant   the {@code tenant} claim
     * @param botIds   the {@code bot_ids} claim, the bots this client may act for
     * @return the signed JWT, without the "Bearer " prefix
     */
    public static String bot(String clientId, String tenant, String... botIds) {
        return botWith(clientId, tenant, Map.of(), botIds);
    }

    /**
     * A bot's token with more claims, such as an {@code exp} of the test's choosing.
     *
     * @param claims added to (or replacing) the claims {@link #bot} sets
     * @return the signed JWT, without the "Bearer " prefix
     */
    public static String botWith(String clientId, String tenant, Map<String, Object> claims, String... botIds) {
        JwtClaims jwt = base("service-account-" + clientId, "service-account-" + clientId, tenant, "bot");
        jwt.setClaim("azp", clientId);
        jwt.setClaim("client_id", clientId);
        jwt.setStringListClaim("bot_ids", List.of(botIds));
        claims.forEach(jwt::setClaim);
        return sign(jwt);
    }

    private static JwtClaims base(String subject, String username, String tenant, String... roles) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(ISSUER);
        claims.setAudience(AUDIENCE);
        claims.setSubject(subject);
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        // One hour: a token minted in a @BeforeAll must outlive a slow test class on a busy CI machine.
        claims.setExpirationTimeMinutesInTheFuture(60);
        claims.setClaim("typ", "Bearer");
        claims.setClaim("preferred_username", username);
        claims.setClaim("tenant", tenant);
        claims.setClaim("realm_access", Map.of("roles", List.of(roles)));
        claims.setStringListClaim("groups", List.of(roles));
        return claims;
    }

    private static String sign(JwtClaims claims) {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(KEY);
        jws.setKeyIdHeaderValue(KEY_ID);
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("could not sign a test token", e);
        }
    }

    /** The mock's key ships inside quarkus-test-oidc-server; read it from that jar, whatever the TCCL. */
    private static PrivateKey loadKey() {
        try (InputStream in = OidcWiremockTestResource.class.getResourceAsStream("/privateKey.jwk")) {
            if (in == null) {
                throw new IllegalStateException("privateKey.jwk not found next to OidcWiremockTestResource");
            }
            JsonWebKey jwk = JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return ((RsaJsonWebKey) jwk).getRsaPrivateKey();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JoseException e) {
            throw new IllegalStateException("privateKey.jwk is not an RSA JWK", e);
        }
    }
}
