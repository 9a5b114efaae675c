package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.ReadPublicAvailabilityUseCase;
import dev.handoff.handoff.config.PublicAvailabilityConfig;
import dev.handoff.handoff.domain.model.PublicAvailability;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.Identifier;
import dev.handoff.shared.id.TenantId;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * For web widgets, without credentials: may a visitor hand off to a human now, and is anyone there? Limited per
 * client address and cacheable: {@code Cache-Control}, a strong {@code ETag}, {@code 304} on {@code If-None-Match}.
 */
@Path("/api/v1/public/tenants/{tenantId}/bots/{botId}/availability")
@Singleton
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class PublicAvailabilityResource {
    private final ReadPublicAvailabilityUseCase availability;
    private final ClientRateLimits limits;
    private final CacheControl caching;
    private final Clock clock;
    private final int perMinute;

    public PublicAvailabilityResource(
            ReadPublicAvailabilityUseCase availability, PublicAvailabilityConfig config, Clock clock) {
        this.availability = availability;
        this.limits = new ClientRateLimits(config.perMinute(), config.burst(), config.maxClients());
        this.perMinute = config.perMinute();
        this.clock = clock;
        this.caching = new CacheControl();
        caching.setPrivate(false);
        caching.setMaxAge((int) Math.min(Integer.MAX_VALUE, config.maxAge().toSeconds()));
    }

    @GET
    @Operation(summary = "Whether a bot's visitors can reach a human now (public, for web widgets)")
    @APIResponse(
            responseCode = "200",
            description = "open or closed (with the next opening), and whether agents are online",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AvailabilityBody.class)))
    @APIResponse(responseCode = "304", description = "unchanged since the ETag named in If-None-Match")
    @APIResponse(
            responseCode = "404",
            description = "unknown-bot: no bot of that id with handoff settings in the tenant")
    @APIResponse(
            responseCode = "429",
            description = "too-many-requests from this client; Retry-After says when to ask again")
    public Response availability(
            @Parameter(
                            description = "the tenant the bot belongs to",
                            schema = @Schema(pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH))
                    @PathParam("tenantId")
                    TenantId tenantId,
            @Parameter(
                            description = "the bot",
                            schema = @Schema(pattern = Identifier.REGEX, maxLength = Identifier.MAX_LENGTH))
                    @PathParam("botId")
                    BotId botId,
            @HeaderParam("If-None-Match") String ifNoneMatch,
            @Context HttpServerRequest request,
            @Context UriInfo uri) {
        if (!limits.tryTake(clientOf(request), clock.instant())) {
            return Response.fromResponse(ProblemMappers.respond(
                            Problem.of(
                                    429,
                                    "too-many-requests",
                                    "Too many requests",
                                    "At most " + perMinute
                                            + " availability requests a minute per client; reuse the cached answer."),
                            uri))
                    .header("Retry-After", limits.retryAfterSeconds())
                    .build();
        }
        PublicAvailability now = availability.availability(tenantId, botId);
        AvailabilityBody body = AvailabilityBody.of(botId.value(), now);
        EntityTag tag = new EntityTag(body.fingerprint());
        if (ifNoneMatch != null && matches(ifNoneMatch, tag.getValue())) {
            return Response.notModified(tag).cacheControl(caching).build();
        }
        return Response.ok(body).tag(tag).cacheControl(caching).build();
    }

    /** The caller's address: the gateway's forwarded one where the service trusts it (proxy-address-forwarding). */
    private static String clientOf(HttpServerRequest request) {
        return request.remoteAddress() == null
                ? "unknown"
                : request.remoteAddress().hostAddress();
    }

    /** If-None-Match: {@code *}, or a list of (possibly weak) tags; weak comparison, as RFC 9110 asks for GET. */
    static boolean matches(String ifNoneMatch, String tagValue) {
        for (String candidate : ifNoneMatch.split(",")) {
            String t = candidate.trim();
            if (t.equals("*")) {
                return true;
            }
            if (t.startsWith("W/")) {
                t = t.substring(2);
            }
            if (t.equals("\"" + tagValue + "\"")) {
                return true;
            }
        }
        return false;
    }

    /** The answer; its fingerprint is the ETag, so it changes exactly when one of these does. */
    @Schema(name = "PublicAvailabilityBody", description = "Whether a bot's visitors can reach a human now")
    public record AvailabilityBody(
            String botId,
            boolean open,
            String reason,
            @Schema(nullable = true) String offlineMessage,
            @Schema(nullable = true) Instant nextOpening,
            boolean agentsAvailable) {
        static AvailabilityBody of(String botId, PublicAvailability a) {
            return new AvailabilityBody(
                    botId,
                    a.open(),
                    a.hours().reason().name(),
                    a.hours().offlineMessage(),
                    a.nextOpening(),
                    a.agentsAvailable());
        }

        String fingerprint() {
            String all = String.join(
                    "\u0000",
                    botId,
                    Boolean.toString(open),
                    reason,
                    String.valueOf(offlineMessage),
                    String.valueOf(nextOpening),
                    Boolean.toString(agentsAvailable));
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256").digest(all.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash, 0, 16);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("SHA-256 is part of every JVM", e);
            }
        }
    }
}
