package dev.handoff.runtime.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.handoff.runtime.http.InvalidIdParameterException;
import dev.handoff.runtime.input.InputRules;
import dev.handoff.runtime.input.InvalidInputException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a REST call into a problem (docs/api-errors.md): a short detail in the client's terms,
 * never an exception message, class, library or SQL text; a stack trace only in the server log.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        return respond(ValidationProblems.of(e.getConstraintViolations()), uri);
    }

    @ServerExceptionMapper
    public Response invalidInput(InvalidInputException e, UriInfo uri) {
        return respond(
                Problem.of(400, "validation", "Invalid request", "The request has invalid fields.")
                        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))),
                uri);
    }

    /** A path or query parameter that is not an id: the same answer as an invalid id in a body. */
    @ServerExceptionMapper
    public Response invalidId(InvalidIdParameterException e, UriInfo uri) {
        return invalidInput(new InvalidInputException(e.parameter(), InputRules.idRule()), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return respond(JsonProblems.of(e), uri);
    }

    /** Also for the wrong shape (a string where a list belongs), which Quarkus would map on its own otherwise. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return unreadable(e, uri);
    }

    /** A body Jackson cannot bind at all; Quarkus's own mapper would answer 500 with an empty body. */
    @ServerExceptionMapper
    public Response undefined(InvalidDefinitionException e, UriInfo uri) {
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
        return respond(Problems.forbidden(), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, Request request) {
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
        if (e instanceof NotAllowedException) {
            // the request guard answers unknown methods before routing; this is the fallback, with what JAX-RS knows
            String allow = String.join(
                    ", ", e.getResponse().getAllowedMethods().stream().sorted().toList());
            return Response.fromResponse(respond(
                            Problems.methodNotAllowed(
                                    request.getMethod(),
                                    allow.isEmpty() ? "the methods its documentation lists" : allow),
                            uri))
                    .header(HttpHeaders.ALLOW, allow.isEmpty() ? null : allow)
                    .build();
        }
        return respond(Problems.forStatus(status), uri);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", uri.getPath());
        return respond(Problems.internal(), uri);
    }

    private static Response unauthorized(UriInfo uri) {
        return Response.fromResponse(respond(Problems.unauthorized(), uri))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    /** The HTTP response carrying {@code problem}, for service-specific mappers too. */
    public static Response respond(Problem problem, UriInfo uri) {
        String body = ProblemJson.write(problem.withInstance(Problem.instanceOf(uri.getPath())));
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(body)
                .build();
    }
}
