package dev.handoff.analytics.adapter.in.rest;

import dev.handoff.analytics.application.port.in.NoSuchVisitorException;
import dev.handoff.analytics.application.port.in.UnknownConversationException;
import dev.handoff.analytics.application.port.in.UnknownConversationsException;
import dev.handoff.analytics.application.port.in.UnknownErasureException;
import dev.handoff.analytics.domain.model.InvalidPeriodException;
import dev.handoff.analytics.domain.model.InvalidRetentionException;
import dev.handoff.analytics.domain.model.InvalidSearchException;
import dev.handoff.analytics.domain.model.QueryTimedOutException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import dev.handoff.shared.id.ConversationId;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the use cases' refusals to problem responses. */
public class AnalyticsProblemMappers {
    @ServerExceptionMapper
    public Response invalidPeriod(InvalidPeriodException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(400, "invalid-period", "Invalid period", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response invalidSearch(InvalidSearchException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(400, "invalid-search", "Invalid search", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownConversation(UnknownConversationException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(404, "not-found", "Not found", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownErasure(UnknownErasureException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(404, "not-found", "Not found", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response noSuchVisitor(NoSuchVisitorException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(404, "no-such-visitor", "No such visitor", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownConversations(UnknownConversationsException e, UriInfo uri) {
        Problem p = Problem.of(422, "unknown-conversations", "Unknown conversations", e.getMessage());
        return ProblemMappers.respond(
                new Problem(
                        p.type(),
                        p.title(),
                        p.status(),
                        p.detail(),
                        null,
                        null,
                        Map.of(
                                "unknown",
                                e.unknown().stream().map(ConversationId::value).toList())),
                uri);
    }

    @ServerExceptionMapper
    public Response invalidRetention(InvalidRetentionException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(400, "invalid-retention", "Invalid retention", e.getMessage()), uri);
    }

    /** Given up after the statement timeout: the service is busy or the question too big, not broken. */
    @ServerExceptionMapper
    public Response timedOut(QueryTimedOutException e, UriInfo uri) {
        Response problem =
                ProblemMappers.respond(Problem.of(503, "query-timeout", "Query timed out", e.getMessage()), uri);
        long retryAfter = Math.max(1, (e.limit().toMillis() + 999) / 1000);
        return Response.fromResponse(problem)
                .header("Retry-After", Long.toString(retryAfter))
                .build();
    }
}
