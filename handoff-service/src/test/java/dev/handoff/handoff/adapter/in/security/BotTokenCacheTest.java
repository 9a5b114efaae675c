package dev.handoff.handoff.adapter.in.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.handoff.testinfra.TestTokens;
import dev.handoff.testinfra.WithTestInfrastructure;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Decision 0085: a bot token is verified once, then trusted until it expires; nothing else changes. */
@QuarkusTest
@WithTestInfrastructure
class BotTokenCacheTest {
    private static final String TENANT = "demo";
    private static final String HANDOFF = "{\"visitor\":{\"name\":\"Thandi\"},\"botHistory\":[]}";

    @Inject
    BotTokenCache cache;

    @Test
    void theSecondPostWithTheSameTokenIsNotVerifiedAgain() {
        String botId = openBot();
        String token = TestTokens.bot("demo-bot", TENANT, botId);

        CacheStats before = cache.stats();
        handOff(botId, token, 201);
        CacheStats afterFirst = cache.stats();
        handOff(botId, token, 201);
        CacheStats afterSecond = cache.stats();

        assertThat(afterFirst.minus(before).missCount())
                .as("first POST: verified by OIDC")
                .isEqualTo(1);
        assertThat(afterSecond.minus(afterFirst).hitCount())
                .as("second POST: from the cache")
                .isEqualTo(1);
        assertThat(afterSecond.minus(afterFirst).missCount())
                .as("second POST: not verified again")
                .isZero();
    }

    @Test
    void aCachedTokenIsRefusedOnceItHasExpired() {
        String botId = openBot();
        long expiry = Instant.now().plusSeconds(3).getEpochSecond();
        String token = TestTokens.botWith("demo-bot", TENANT, Map.of("exp", expiry), botId);
        handOff(botId, token, 201);
        handOff(botId, token, 201);
        assertThat(cache.find(token)).as("cached while valid").isPresent();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> handOff(botId, token, 401));
        assertThat(Instant.now().getEpochSecond()).isGreaterThanOrEqualTo(expiry);
        assertThat(cache.find(token)).as("gone from the cache").isEmpty();
    }

    @Test
    void aTamperedCopyOfACachedTokenIsRefusedAndNeverCached() {
        String botId = openBot();
        String token = TestTokens.bot("demo-bot", TENANT, botId);
        handOff(botId, token, 201);

        String[] parts = token.split("\\.");
        String badSignature = parts[0] + "." + parts[1] + "." + flipped(parts[2]);
        String otherPayload = parts[0] + "." + flipped(parts[1]) + "." + parts[2];
        for (String tampered : new String[] {badSignature, otherPayload}) {
            handOff(botId, tampered, 401);
            handOff(botId, tampered, 401);
            assertThat(cache.find(tampered)).isEmpty();
        }
        handOff(botId, token, 201);
    }

    @Test
    void aCachedTokenStillActsOnlyForItsOwnTenantAndBots() {
        String botId = openBot();
        String otherBot = openBot();
        String token = TestTokens.bot("demo-bot", TENANT, botId);
        handOff(botId, token, 201);

        handOff(otherBot, token, 403);
        assertThat(cache.find(token)).as("answered from the cache").isPresent();
        handOff(otherBot, token, 403);
    }

    private static String flipped(String base64url) {
        int middle = base64url.length() / 2;
        char c = base64url.charAt(middle);
        return base64url.substring(0, middle) + (c == 'A' ? 'B' : 'A') + base64url.substring(middle + 1);
    }

    private static void handOff(String botId, String token, int status) {
        given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(HANDOFF)
                .when()
                .post("/api/v1/bots/{botId}/handoffs", botId)
                .then()
                .statusCode(status);
    }

    private static String openBot() {
        String botId = "bot-" + UUID.randomUUID();
        given().auth()
                .oauth2(TestTokens.agent("carol", TENANT, "agent", "supervisor"))
                .contentType(ContentType.JSON)
                .body("{\"enabled\":true}")
                .when()
                .put("/api/v1/bots/{botId}/settings", botId)
                .then()
                .statusCode(200);
        return botId;
    }
}
