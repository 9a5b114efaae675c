package dev.handoff.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure of a REST call into a problem body; clients never see a stack trace. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(leaf(v.getPropertyPath().toString()), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        Problem problem = Problem.of(400, "validation", "Invalid request", "The request has invalid fields.")
                .withErrors(errors);
        return respond(problem, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        String where = e instanceof JsonMappingException m && !m.getPath().isEmpty()
                ? " at " + m.getPathReference().replaceAll("^[^\\[]*\\[", "[")
                : "";
        return respond(Problem.of(400, "malformed-json", "Malformed JSON",
                "The body is not valid JSON for this request" + where + ": " + e.getOriginalMessage()), uri);
    }

    /** Also for the wrong shape (a string where a list belongs), which Quarkus would map on its own otherwise. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthorized(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(Problem.of(403, "forbidden", "Forbidden", "Your token does not grant this."), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST wraps a body that does not parse (truncated, not JSON) in a plain 400.
        for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonProcessingException unreadable) {
                return unreadable(unreadable, uri);
            }
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.errorf(e, "server error on %s", uri.getPath());
        }
        String title = Response.Status.fromStatusCode(status) == null
                ? "Error" : Response.Status.fromStatusCode(status).getReasonPhrase();
        return respond(Problem.of(status, title.toLowerCase().replace(' ', '-'), title, e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(Problem.of(500, "internal", "Internal error",
                "The request failed on our side; it has been logged."), uri);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(Problem.of(401, "unauthorized", "Unauthorized",
                        "A valid bearer token is required."), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
    }

    /** The HTTP response carrying {@code problem}, for service-specific mappers too. */
    public static Response respond(Problem problem, UriInfo uri) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
                .entity(problem.withInstance(uri.getPath())).build();
    }

    private static String leaf(String propertyPath) {
        // "submit.arg1.visitor.name" -> "visitor.name": clients know their body, not our method names.
        String[] parts = propertyPath.split("\\.");
        return parts.length > 2 ? String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length)) : propertyPath;
    }
}
