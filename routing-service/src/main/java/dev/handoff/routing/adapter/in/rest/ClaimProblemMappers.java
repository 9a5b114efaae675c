package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.ClaimRefusedException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps a refused claim to its status: 404 not queued, 403 not yours, 409 taken, offered or over, 422 at capacity. */
public class ClaimProblemMappers {
    @ServerExceptionMapper
    public Response refused(ClaimRefusedException e, UriInfo uri) {
        String id = e.conversationId().value();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("conversationId", id);
        Problem problem = switch (e.reason()) {
            case NOT_QUEUED ->
                problem(
                        404,
                        "conversation-not-queued",
                        "Conversation not queued",
                        "No conversation " + id + " is queued.",
                        members);
            case NOT_YOURS_TO_TAKE ->
                problem(
                        403,
                        "not-your-queue",
                        "Not your queue",
                        "Conversation " + id + " waits in a queue of another tenant or of a team you are not in.",
                        members);
            case HELD_BY_ANOTHER -> {
                String holder = e.holder().map(a -> a.value()).orElse(null);
                String name = e.holderName().orElse(holder);
                members.put("heldBy", holder);
                members.put("heldByName", name);
                yield problem(
                        409,
                        "already-claimed",
                        "Already claimed",
                        (name.equals(holder) ? name : name + " (" + holder + ")") + " holds conversation " + id
                                + " already.",
                        members);
            }
            case OFFERED_TO_ANOTHER -> {
                members.put("offeredTo", e.holder().map(a -> a.value()).orElse(null));
                yield problem(
                        409,
                        "offered-to-another",
                        "Offered to another agent",
                        "Conversation " + id + " is offered to another agent until they answer or the offer expires.",
                        members);
            }
            case NO_LONGER_WAITING ->
                problem(
                        409,
                        "no-longer-waiting",
                        "No longer waiting",
                        "Conversation " + id + " ended before anyone claimed it.",
                        members);
            case AT_CAPACITY -> {
                members.put("maxChats", e.capacity());
                yield problem(
                        422,
                        "at-capacity",
                        "At capacity",
                        "You already hold " + e.capacity() + " chats, your limit; end one before claiming another.",
                        members);
            }
        };
        return ProblemMappers.respond(problem, uri);
    }

    private static Problem problem(int status, String kind, String title, String detail, Map<String, Object> members) {
        return new Problem("urn:handoff:problem:" + kind, title, status, detail, null, List.of(), members);
    }
}
