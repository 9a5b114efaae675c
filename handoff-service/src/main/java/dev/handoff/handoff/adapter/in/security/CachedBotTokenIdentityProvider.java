package dev.handoff.handoff.adapter.in.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Answers a bearer token this replica has already verified with the identity it was given then; any other token
 * falls through (a null identity) to Quarkus OIDC, which verifies it in full (decision 0085).
 */
@ApplicationScoped
public class CachedBotTokenIdentityProvider implements IdentityProvider<TokenAuthenticationRequest> {
    /** Marks an identity taken from the cache, so that it is not remembered again. */
    static final String FROM_CACHE = "handoff.bot-token-cache";

    private final BotTokenCache cache;

    CachedBotTokenIdentityProvider(BotTokenCache cache) {
        this.cache = cache;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    // Asked before Quarkus OIDC's provider, which keeps the default priority.
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(
            TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        return Uni.createFrom()
                .item(cache.find(request.getToken().getToken())
                        .map(identity ->
                                forThisRequest(identity, HttpSecurityUtils.getRoutingContextAttribute(request)))
                        .orElse(null));
    }

    // OIDC puts the request's routing context (and its blocking-call context) on the identity: give this request's.
    private static SecurityIdentity forThisRequest(SecurityIdentity cached, RoutingContext routing) {
        QuarkusSecurityIdentity.Builder builder =
                QuarkusSecurityIdentity.builder(cached).addAttribute(FROM_CACHE, Boolean.TRUE);
        if (routing != null) {
            builder.addAttribute(RoutingContext.class.getName(), routing);
            String blocking = AuthenticationRequestContext.class.getName();
            builder.addAttribute(blocking, routing.get(blocking));
        }
        return builder.build();
    }
}
