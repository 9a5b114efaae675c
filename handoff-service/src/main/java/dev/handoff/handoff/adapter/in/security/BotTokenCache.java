package dev.handoff.handoff.adapter.in.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import dev.handoff.handoff.config.BotTokenCacheConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The bot identities whose bearer tokens this replica has verified, by a SHA-256 of the raw token, each until the
 * token expires or {@code max-lifetime} has passed, whichever is first (decision 0085).
 */
@ApplicationScoped
public class BotTokenCache {
    private final Cache<String, Verified> verified;
    private final Clock clock;
    private final boolean enabled;

    @Inject
    BotTokenCache(BotTokenCacheConfig config, MeterRegistry registry) {
        this(config, Clock.systemUTC());
        CaffeineCacheMetrics.monitor(registry, verified, "bot-tokens");
    }

    BotTokenCache(BotTokenCacheConfig config, Clock clock) {
        this.clock = clock;
        this.enabled = config.enabled();
        Duration maxLifetime = config.maxLifetime();
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.maxEntries())
                .expireAfter(Expiry.<String, Verified>writing((token, entry) -> lifetime(entry, maxLifetime)))
                .recordStats()
                .build();
    }

    /** The identity verified for this raw token, if it was seen and has not expired since. */
    public Optional<SecurityIdentity> find(String rawToken) {
        if (!enabled) {
            return Optional.empty();
        }
        Verified entry = verified.getIfPresent(keyOf(rawToken));
        // Checked here as well: the cache's own timer may lag behind the wall clock the token's expiry is on.
        if (entry == null || !entry.expiresAt().isAfter(clock.instant())) {
            return Optional.empty();
        }
        return Optional.of(entry.identity());
    }

    /** Remembers an identity whose token the issuer's key has just verified; nothing past its expiry. */
    public void remember(String rawToken, SecurityIdentity identity, Instant expiresAt) {
        if (enabled && expiresAt.isAfter(clock.instant())) {
            verified.put(keyOf(rawToken), new Verified(identity, expiresAt));
        }
    }

    /** Hits and misses so far, for tests and the {@code cache_*} metrics of {@code bot-tokens}. */
    public CacheStats stats() {
        return verified.stats();
    }

    private Duration lifetime(Verified entry, Duration maxLifetime) {
        Duration untilExpiry = Duration.between(clock.instant(), entry.expiresAt());
        return untilExpiry.compareTo(maxLifetime) < 0 ? untilExpiry : maxLifetime;
    }

    // A digest keeps every key 32 bytes however long the token, and the map never compares tokens themselves.
    private static String keyOf(String rawToken) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(rawToken.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Verified(SecurityIdentity identity, Instant expiresAt) {}
}
