package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.OfferRefusedException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps a refused answer to an offer: 404 unknown, 403 someone else's offer, 409 expired or none, 422 at capacity. */
public class OfferProblemMappers {
    @ServerExceptionMapper
    public Response refused(OfferRefusedException e, UriInfo uri) {
        String id = e.conversationId().value();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("conversationId", id);
        Problem problem = switch (e.reason()) {
            case NOT_FOUND ->
                problem(
                        404,
                        "conversation-not-found",
                        "Conversation not found",
                        "No conversation " + id + " is known to routing.",
                        members);
            case NOT_YOURS ->
                problem(
                        403,
                        "not-your-offer",
                        "Not your offer",
                        "Conversation " + id + " is offered to another agent, or belongs to another tenant.",
                        members);
            case EXPIRED ->
                problem(
                        409,
                        "offer-expired",
                        "Offer expired",
                        "Your offer of conversation " + id + " expired; it went on to another agent.",
                        members);
            case NO_OFFER ->
                problem(409, "no-offer", "No offer", "Conversation " + id + " is not offered to you.", members);
            case AT_CAPACITY -> {
                members.put("maxChats", e.capacity());
                yield problem(
                        422,
                        "at-capacity",
                        "At capacity",
                        "You already hold " + e.capacity() + " chats, your limit; end one before accepting another.",
                        members);
            }
        };
        return ProblemMappers.respond(problem, uri);
    }

    private static Problem problem(int status, String kind, String title, String detail, Map<String, Object> members) {
        return new Problem("urn:handoff:problem:" + kind, title, status, detail, null, List.of(), members);
    }
}
