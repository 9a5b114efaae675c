package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.SummarizeUseCase;
import dev.handoff.analytics.application.port.in.SummaryQuery;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.security.Caller;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Analysts and supervisors read their tenant's live chat figures. */
@Path("/api/v1/analytics")
@Produces(MediaType.APPLICATION_JSON)
public class SummaryResource {
    private final SummarizeUseCase summarize;
    private final Caller caller;

    public SummaryResource(SummarizeUseCase summarize, Caller caller) {
        this.summarize = summarize;
        this.caller = caller;
    }

    @GET
    @Path("/summary")
    @RolesAllowed({"analyst", "supervisor"})
    public SummaryBody summary(
            @Parameter(
                            description =
                                    "Start (inclusive): an ISO-8601 instant or a UTC date (yyyy-MM-dd), from 1970-01-01 to 9999-12-31. Default: 30 days before 'to'.")
                    @QueryParam("from")
                    String from,
            @Parameter(
                            description =
                                    "End (exclusive): an ISO-8601 instant or a UTC date (yyyy-MM-dd), from 1970-01-01 to 9999-12-31. Default: now.")
                    @QueryParam("to")
                    String to) {
        return SummaryBody.of(
                summarize.summarize(new SummaryQuery(caller.tenant(), instant("from", from), instant("to", to))));
    }

    private static Instant instant(String name, String value) {
        return value == null || value.isEmpty() ? null : InputRules.instantOrDate(name, value);
    }
}
