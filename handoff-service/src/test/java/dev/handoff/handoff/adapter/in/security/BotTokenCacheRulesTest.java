package dev.handoff.handoff.adapter.in.security;

import static org.assertj.core.api.Assertions.assertThat;

import dev.handoff.handoff.config.BotTokenCacheConfig;
import dev.handoff.testinfra.MutableClock;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The cache's own rules, on a clock the test moves: never past a token's expiry, one entry per exact token. */
class BotTokenCacheRulesTest {
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final QuarkusSecurityIdentity BOT = QuarkusSecurityIdentity.builder()
            .setPrincipal(new QuarkusPrincipal("service-account-demo-bot"))
            .addRole("bot")
            .build();

    private final MutableClock clock = new MutableClock(NOW);

    @Test
    void aTokenIsForgottenAtItsExpiryWhateverTheCachesOwnTimerSays() {
        BotTokenCache cache = new BotTokenCache(config(true, 10), clock);
        cache.remember("token", BOT, NOW.plusSeconds(30));
        assertThat(cache.find("token")).containsSame(BOT);

        clock.advance(Duration.ofSeconds(30));
        assertThat(cache.find("token")).isEmpty();
    }

    @Test
    void anExpiredTokenIsNeverRememberedNorAnyTokenWhenOff() {
        BotTokenCache cache = new BotTokenCache(config(true, 10), clock);
        cache.remember("expired", BOT, NOW);
        assertThat(cache.find("expired")).isEmpty();

        BotTokenCache off = new BotTokenCache(config(false, 10), clock);
        off.remember("token", BOT, NOW.plusSeconds(60));
        assertThat(off.find("token")).isEmpty();
    }

    @Test
    void anotherTokenIsAnotherEntry() {
        BotTokenCache cache = new BotTokenCache(config(true, 10), clock);
        cache.remember("token", BOT, NOW.plusSeconds(60));
        assertThat(cache.find("token ")).isEmpty();
        assertThat(cache.find("tokem")).isEmpty();
    }

    private static BotTokenCacheConfig config(boolean enabled, int maxEntries) {
        return new BotTokenCacheConfig() {
            @Override
            public boolean enabled() {
                return enabled;
            }

            @Override
            public int maxEntries() {
                return maxEntries;
            }

            @Override
            public Duration maxLifetime() {
                return Duration.ofMinutes(5);
            }
        };
    }
}
