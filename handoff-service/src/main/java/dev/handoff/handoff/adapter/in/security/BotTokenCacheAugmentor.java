package dev.handoff.handoff.adapter.in.security;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Remembers each bot identity Quarkus OIDC has just built from a bearer token it verified (an augmentor only ever sees
 * successful authentications, so a token that failed any check is never remembered).
 */
@ApplicationScoped
public class BotTokenCacheAugmentor implements SecurityIdentityAugmentor {
    static final String BOT_ROLE = "bot";

    private final BotTokenCache cache;

    BotTokenCacheAugmentor(BotTokenCache cache) {
        this.cache = cache;
    }

    // First of all augmentors: the cache keeps what OIDC built, and the others run again on every cached use.
    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        AccessTokenCredential token = identity.getCredential(AccessTokenCredential.class);
        if (!identity.isAnonymous()
                && identity.getAttribute(CachedBotTokenIdentityProvider.FROM_CACHE) == null
                && identity.hasRole(BOT_ROLE)
                && token != null
                && !token.isOpaque()
                && identity.getPrincipal() instanceof JsonWebToken jwt
                && jwt.getExpirationTime() > 0) {
            cache.remember(token.getToken(), withoutRequest(identity), Instant.ofEpochSecond(jwt.getExpirationTime()));
        }
        return Uni.createFrom().item(identity);
    }

    // The first request's routing context must not be kept alive by the cache, nor handed to later requests.
    private static SecurityIdentity withoutRequest(SecurityIdentity identity) {
        return QuarkusSecurityIdentity.builder(identity)
                .addAttribute(RoutingContext.class.getName(), null)
                .addAttribute(AuthenticationRequestContext.class.getName(), null)
                .build();
    }
}
