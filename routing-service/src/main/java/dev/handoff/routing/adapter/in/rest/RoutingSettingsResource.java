package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ChangeRoutingSettingsCommand;
import dev.handoff.routing.application.port.in.ConfigureRoutingSettingsUseCase;
import dev.handoff.routing.application.port.in.RoutingSettings;
import dev.handoff.routing.domain.model.AssignmentStrategy;
import dev.handoff.routing.domain.model.OnAgentUnavailable;
import dev.handoff.routing.domain.model.QueueRules;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.Problem.FieldError;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Supervisors read and set the tenant's routing rules; a PUT changes the fields it names and keeps the others. */
@Path("/api/v1/routing/settings")
@RolesAllowed("supervisor")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingSettingsResource {
    static final String STRATEGIES = "MANUAL|AUTO|AUTO_WITH_OFFER";
    static final String STRATEGY_MESSAGE = "must be MANUAL, AUTO or AUTO_WITH_OFFER";

    private final ConfigureRoutingSettingsUseCase settings;
    private final Caller caller;

    public RoutingSettingsResource(ConfigureRoutingSettingsUseCase settings, Caller caller) {
        this.settings = settings;
        this.caller = caller;
    }

    @GET
    public SettingsBody read() {
        return SettingsBody.of(settings.settings(caller.tenant()));
    }

    @PUT
    public SettingsBody update(@NotNull @Valid ChangeBody body) {
        if (Stream.of(
                        body.onAgentUnavailable(),
                        body.strategy(),
                        body.offerTimeoutSeconds(),
                        body.missedOffersBeforeAway(),
                        body.teamOverflowSeconds(),
                        body.leaveMessageAfterSeconds())
                .allMatch(v -> v == null)) {
            String given = "give at least one of onAgentUnavailable, strategy, offerTimeoutSeconds,"
                    + " missedOffersBeforeAway, teamOverflowSeconds, leaveMessageAfterSeconds";
            throw new ProblemException(
                    Problem.of(400, "validation", "Invalid request", "Nothing to change: " + given + ".")
                            .withErrors(List.of(
                                    new FieldError("offerTimeoutSeconds", given),
                                    new FieldError("onAgentUnavailable", given),
                                    new FieldError("strategy", given))));
        }
        if (body.teamOverflowSeconds() != null
                && body.teamOverflowSeconds() != 0
                && body.teamOverflowSeconds() < QueueRules.MIN_OVERFLOW_SECONDS) {
            throw overflowProblem("teamOverflowSeconds");
        }
        if (body.leaveMessageAfterSeconds() != null
                && body.leaveMessageAfterSeconds() != 0
                && body.leaveMessageAfterSeconds() < QueueRules.MIN_LEAVE_MESSAGE_AFTER_SECONDS) {
            String message = "must be 0 (never) or between " + QueueRules.MIN_LEAVE_MESSAGE_AFTER_SECONDS + " and "
                    + QueueRules.MAX_LEAVE_MESSAGE_AFTER_SECONDS;
            throw new ProblemException(
                    Problem.of(400, "validation", "Invalid request", "leaveMessageAfterSeconds " + message + ".")
                            .withErrors(List.of(new FieldError("leaveMessageAfterSeconds", message))));
        }
        RoutingSettings changed = settings.change(
                caller.tenant(),
                new ChangeRoutingSettingsCommand(
                        body.onAgentUnavailable() == null
                                ? null
                                : OnAgentUnavailable.valueOf(body.onAgentUnavailable()),
                        body.strategy() == null ? null : AssignmentStrategy.valueOf(body.strategy()),
                        body.offerTimeoutSeconds(),
                        body.missedOffersBeforeAway(),
                        body.teamOverflowSeconds(),
                        body.leaveMessageAfterSeconds()));
        return SettingsBody.of(changed);
    }

    /** A 400 naming the field: an overflow time is 0 (never) or 10 seconds to a day. */
    static ProblemException overflowProblem(String field) {
        String message = "must be 0 (never) or between " + QueueRules.MIN_OVERFLOW_SECONDS + " and "
                + QueueRules.MAX_OVERFLOW_SECONDS;
        return new ProblemException(Problem.of(400, "validation", "Invalid request", field + " " + message + ".")
                .withErrors(List.of(new FieldError(field, message))));
    }

    /** The fields to change; a missing (or null) field keeps its value. */
    @Schema(example = """
            {"onAgentUnavailable": "REQUEUE", "strategy": "AUTO_WITH_OFFER", "offerTimeoutSeconds": 30,
            "missedOffersBeforeAway": 3, "teamOverflowSeconds": 300, "leaveMessageAfterSeconds": 600}""")
    public record ChangeBody(
            @Pattern(regexp = "KEEP|REQUEUE", message = "must be KEEP or REQUEUE")
            String onAgentUnavailable,

            @Pattern(regexp = STRATEGIES, message = STRATEGY_MESSAGE)
            String strategy,

            @Min(5) @Max(600) Integer offerTimeoutSeconds,

            @Min(0) @Max(QueueRules.MAX_MISSED_OFFERS_BEFORE_AWAY)
            Integer missedOffersBeforeAway,

            @Min(0) @Max(QueueRules.MAX_OVERFLOW_SECONDS) Integer teamOverflowSeconds,

            @Min(0) @Max(QueueRules.MAX_LEAVE_MESSAGE_AFTER_SECONDS)
            Integer leaveMessageAfterSeconds) {}

    /**
     * The tenant's rules.
     *
     * @param onAgentUnavailable {@code KEEP}: agents who go away or offline keep their chats; {@code REQUEUE}: the
     *     chats go back to their queue
     * @param strategy {@code MANUAL}: agents claim; {@code AUTO}: routing assigns the least busy online agent;
     *     {@code AUTO_WITH_OFFER}: routing offers to that agent, who accepts or declines
     * @param offerTimeoutSeconds how long an offer waits for its agent
     * @param missedOffersBeforeAway after this many lapsed offers in a row an agent is set away; 0: never
     * @param teamOverflowSeconds how long a conversation waits in a team's queue before every agent may take it
     *     (teams may set their own); 0: never
     * @param leaveMessageAfterSeconds how long a visitor waits while nobody is accepting before being offered to
     *     leave a message instead; 0: never
     */
    public record SettingsBody(
            String onAgentUnavailable,
            String strategy,
            int offerTimeoutSeconds,
            int missedOffersBeforeAway,
            int teamOverflowSeconds,
            int leaveMessageAfterSeconds) {
        static SettingsBody of(RoutingSettings settings) {
            return new SettingsBody(
                    settings.onAgentUnavailable().name(),
                    settings.strategy().strategy().name(),
                    settings.strategy().offerTimeoutSeconds(),
                    settings.rules().missedOffersBeforeAway(),
                    settings.rules().teamOverflowSeconds(),
                    settings.rules().leaveMessageAfterSeconds());
        }
    }
}
