package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.domain.model.InvalidPeriodException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the use cases' refusals to problem responses. */
public class AnalyticsProblemMappers {
    @ServerExceptionMapper
    public Response invalidPeriod(InvalidPeriodException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(400, "invalid-period", "Invalid period", e.getMessage()), uri);
    }
}
