package dev.handoff.handoff.adapter.in.demo;

import dev.handoff.handoff.application.port.in.HandoffAccepted;
import dev.handoff.handoff.application.port.in.HandoffUnavailableException;
import dev.handoff.handoff.application.port.in.ReadBotSettingsUseCase;
import dev.handoff.handoff.application.port.in.RequestHandoffCommand;
import dev.handoff.handoff.application.port.in.RequestHandoffUseCase;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.runtime.limit.TokenBucket;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.TenantId;
import dev.handoff.shared.model.Channel;
import dev.handoff.shared.model.HistoryEntry;
import dev.handoff.shared.model.Sender;
import dev.handoff.shared.model.VisitorInfo;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Singleton;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.logging.Logger;

/**
 * The demo visitor page's bot, server side: a browser page must not hold bot client credentials, so this
 * endpoint hands off for the one configured demo bot and tenant. Off unless {@code handoff.demo.enabled}.
 */
@Path("/demo/api")
@Singleton
@PermitAll
@Produces(MediaType.APPLICATION_JSON)
public class DemoBotResource {
    private static final Logger LOG = Logger.getLogger(DemoBotResource.class);

    private final DemoConfig config;
    private final RequestHandoffUseCase requestHandoff;
    private final ReadBotSettingsUseCase readSettings;
    private final TokenBucket handoffs;
    private final Clock clock;

    public DemoBotResource(
            DemoConfig config, RequestHandoffUseCase requestHandoff, ReadBotSettingsUseCase readSettings, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.requestHandoff = requestHandoff;
        this.readSettings = readSettings;
        this.handoffs =
                new TokenBucket(Math.max(1, config.handoffsPerMinute()) / 60.0, Math.max(1, config.handoffBurst()));
    }

    /** Which bot the page speaks for and whether a human can be reached now. */
    @GET
    @Path("/bot")
    public DemoBotBody bot() {
        requireEnabled();
        try {
            Availability a = readSettings.availability(tenant(), botId());
            return new DemoBotBody(config.bot(), a.open(), a.reason().name(), a.offlineMessage(), a.nextOpening());
        } catch (UnknownBotException e) {
            return new DemoBotBody(
                    config.bot(), false, "UNKNOWN_BOT", "The demo bot has no handoff settings yet.", null);
        }
    }

    /** Hands the visitor to a human: what the page needs to open {@code /ws/visitor}. */
    @POST
    @Path("/handoff")
    @Consumes(MediaType.APPLICATION_JSON)
    @APIResponse(
            responseCode = "201",
            description = "Handed off; the token opens the visitor's socket",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DemoHandoffAnswer.class)))
    public Response handoff(@NotNull(message = "a JSON body is required") @Valid DemoHandoffBody body) {
        requireEnabled();
        if (!handoffs.tryTake(clock.instant())) {
            throw new ProblemException(Problem.of(
                    429,
                    "too-many-handoffs",
                    "Too many handoffs",
                    "The demo takes at most " + config.handoffsPerMinute() + " handoffs a minute; try again shortly."));
        }
        try {
            HandoffAccepted accepted = requestHandoff.requestHandoff(new RequestHandoffCommand(
                    tenant(),
                    botId(),
                    null,
                    visitor(body.visitor()),
                    history(body.botHistory()),
                    null,
                    null,
                    0,
                    "Visitor asked for a human (demo page)",
                    Channel.WEBSOCKET));
            LOG.debugf("demo handoff %s", accepted.conversationId());
            return Response.status(Response.Status.CREATED)
                    .entity(new DemoHandoffAnswer(
                            accepted.conversationId().value(),
                            accepted.visitorToken(),
                            accepted.queuePosition(),
                            accepted.estimatedWaitSeconds()))
                    .build();
        } catch (HandoffUnavailableException e) {
            throw unavailable(e.availability());
        } catch (UnknownBotException e) {
            throw ProblemException.notFound(
                    "The demo bot " + config.bot() + " has no handoff settings in tenant " + config.tenant() + ".");
        }
    }

    private void requireEnabled() {
        if (!config.enabled()) {
            throw ProblemException.notFound("The demo is not enabled on this server (handoff.demo.enabled).");
        }
    }

    private TenantId tenant() {
        return TenantId.of(config.tenant());
    }

    private BotId botId() {
        return BotId.of(config.bot());
    }

    private static ProblemException unavailable(Availability a) {
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("reason", a.reason().name());
        members.put("offlineMessage", a.offlineMessage());
        if (a.nextOpening() != null) {
            members.put("nextOpening", a.nextOpening().toString());
        }
        return ProblemException.conflict(
                "handoff-unavailable",
                a.offlineMessage() == null ? "No agent can be reached now." : a.offlineMessage(),
                members);
    }

    private static VisitorInfo visitor(DemoHandoffBody.Visitor v) {
        Map<String, String> attributes = Map.of("source", "demo page");
        if (v == null) {
            return new VisitorInfo(null, null, null, attributes);
        }
        return new VisitorInfo(blankToNull(v.name()), blankToNull(v.email()), blankToNull(v.locale()), attributes);
    }

    private static List<HistoryEntry> history(List<DemoHandoffBody.HistoryLine> lines) {
        if (lines == null) {
            return List.of();
        }
        return lines.stream()
                .map(l -> new HistoryEntry("bot".equals(l.sender()) ? Sender.BOT : Sender.VISITOR, l.message(), null))
                .toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** The page's bot and whether humans are reachable ({@code reason} as in the bot availability API). */
    public record DemoBotBody(String botId, boolean open, String reason, String offlineMessage, Instant nextOpening) {}

    /** What the page needs to join the live chat. */
    public record DemoHandoffAnswer(
            String conversationId, String visitorToken, int queuePosition, Long estimatedWaitSeconds) {}
}
