package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.ChangeRetentionCommand;
import dev.handoff.analytics.application.port.in.ManageRetentionUseCase;
import dev.handoff.analytics.domain.model.RetentionPolicy;
import dev.handoff.runtime.input.Text;
import dev.handoff.runtime.problem.ProblemException;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long the tenant's transcripts are kept everywhere: supervisors set it, analysts read it. */
@Path("/api/v1/analytics/retention")
@Produces(MediaType.APPLICATION_JSON)
public class RetentionResource {
    private final ManageRetentionUseCase retention;
    private final Caller caller;

    public RetentionResource(ManageRetentionUseCase retention, Caller caller) {
        this.retention = retention;
        this.caller = caller;
    }

    /**
     * The retention period.
     *
     * @param keep an ISO-8601 duration such as P90D; null: transcripts are kept forever
     */
    public record RetentionBody(String keep, Instant changedAt, String changedBy) {
        static RetentionBody of(Optional<RetentionPolicy> policy) {
            return policy.map(p -> new RetentionBody(iso(p.keep()), p.changedAt(), p.changedBy()))
                    .orElse(new RetentionBody(null, null, null));
        }

        /** Whole days as days (P30D), as supervisors write them; Duration alone would say PT720H. */
        private static String iso(Duration keep) {
            return keep.toSeconds() % 86_400 == 0 ? "P" + keep.toDays() + "D" : keep.toString();
        }
    }

    /** @param keep an ISO-8601 duration such as P90D, or null to keep transcripts forever */
    @Schema(example = """
            {"keep": "P90D"}""")
    public record ChangeBody(
            @Text(max = 64) @Schema(maxLength = 64, example = "P90D")
            String keep) {}

    @GET
    @RolesAllowed({"analyst", "supervisor"})
    @Operation(summary = "How long transcripts are kept")
    public RetentionBody read() {
        return RetentionBody.of(retention.retention(caller.tenant()));
    }

    @PUT
    @RolesAllowed("supervisor")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set how long transcripts are kept (aggregates are kept regardless)")
    public RetentionBody change(@NotNull(message = "a JSON body is required") @Valid ChangeBody body) {
        Duration keep;
        try {
            keep = body.keep() == null ? null : Duration.parse(body.keep());
        } catch (DateTimeParseException e) {
            throw ProblemException.badRequest("'keep' must be an ISO-8601 duration such as P90D, or null.");
        }
        return RetentionBody.of(
                retention.change(new ChangeRetentionCommand(caller.tenant(), keep, caller.displayName())));
    }
}
