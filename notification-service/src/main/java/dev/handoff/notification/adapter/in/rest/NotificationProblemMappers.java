package dev.handoff.notification.adapter.in.rest;

import dev.handoff.notification.domain.model.InvalidSettingsException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the use cases' refusals to problem responses. */
public class NotificationProblemMappers {
    /** The domain's stricter rules (addresses, ranges), reported like bean validation errors: clients handle one shape. */
    @ServerExceptionMapper
    public Response invalidSettings(InvalidSettingsException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.problems().stream()
                .map(NotificationProblemMappers::fieldError)
                .toList();
        return ProblemMappers.respond(
                Problem.of(400, "validation", "Invalid request", "The request has invalid fields.")
                        .withErrors(errors),
                uri);
    }

    private static Problem.FieldError fieldError(String problem) {
        int colon = problem.indexOf(": ");
        return colon < 0
                ? new Problem.FieldError("emails", problem)
                : new Problem.FieldError(problem.substring(0, colon), problem.substring(colon + 2));
    }
}
