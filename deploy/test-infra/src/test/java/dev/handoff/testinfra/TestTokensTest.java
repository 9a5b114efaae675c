package dev.handoff.testinfra;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.junit.jupiter.api.Test;

/** Checks the tokens against the mock's PUBLIC key, as the application does with the JWKS. */
class TestTokensTest {

    @Test
    void anAgentTokenHasTheClaimsTheServicesRead() throws Exception {
        JwtClaims claims = verify(TestTokens.agent("alice", "acme", "agent", "supervisor"));

        assertThat(claims.getSubject()).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("preferred_username")).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("name")).isEqualTo("alice");
        assertThat(claims.getStringClaimValue("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("agent", "supervisor");
        assertThat(claims.getClaimValue("realm_access")).isEqualTo(Map.of("roles", List.of("agent", "supervisor")));
    }

    @Test
    void aBotTokenHasItsClientBotsAndTheBotRole() throws Exception {
        JwtClaims claims = verify(TestTokens.bot("botlhale", "acme", "bot-1", "bot-2"));

        assertThat(claims.getStringClaimValue("azp")).isEqualTo("botlhale");
        assertThat(claims.getStringListClaimValue("bot_ids")).containsExactly("bot-1", "bot-2");
        assertThat(claims.getStringClaimValue("tenant")).isEqualTo("acme");
        assertThat(claims.getStringListClaimValue("groups")).containsExactly("bot");
        assertThat(claims.getClaimValue("realm_access")).isEqualTo(Map.of("roles", List.of("bot")));
    }

    private static JwtClaims verify(String token) throws Exception {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setVerificationKey(publicKey().getKey())
                .setExpectedIssuer("https://server.example.com")
                .setExpectedAudience("https://server.example.com")
                .setRequireExpirationTime()
                .build();
        assertThat(consumer.process(token).getJoseObjects().get(0).getKeyIdHeaderValue())
                .isEqualTo("1");
        return consumer.processToClaims(token);
    }

    private static JsonWebKey publicKey() throws Exception {
        try (InputStream in = TestTokensTest.class.getResourceAsStream("/publicKey.jwk")) {
            return JsonWebKey.Factory.newJwk(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
