package dev.handoff.routing.adapter.in.rest;

import dev.handoff.routing.application.port.in.TransferRefusedException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps a refused transfer: 404 unknown, 403 not yours, 409 not held or target unavailable, 422 target at capacity. */
public class TransferProblemMappers {
    @ServerExceptionMapper
    public Response refused(TransferRefusedException e, UriInfo uri) {
        String id = e.conversationId().value();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("conversationId", id);
        if (e.agent() != null) {
            members.put("agentId", e.agent().value());
        }
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
                        "not-your-conversation",
                        "Not your conversation",
                        "Only the agent holding conversation " + id
                                + ", or a supervisor of its tenant, may transfer it.",
                        members);
            case NOT_ASSIGNED ->
                problem(
                        409,
                        "not-assigned",
                        "Not assigned",
                        "Conversation " + id + " is not held by anyone, so there is nothing to transfer.",
                        members);
            case AGENT_UNAVAILABLE ->
                problem(
                        409,
                        "agent-unavailable",
                        "Agent unavailable",
                        "Agent " + e.agent().value() + " is not online in this tenant.",
                        members);
            case TARGET_ALREADY_HOLDS ->
                problem(
                        409,
                        "already-held-by-target",
                        "Already held by the target",
                        "Agent " + e.agent().value() + " already holds conversation " + id + ".",
                        members);
            case AT_CAPACITY -> {
                members.put("maxChats", e.capacity());
                yield problem(
                        422,
                        "at-capacity",
                        "At capacity",
                        "Agent " + e.agent().value() + " already holds " + e.capacity() + " chats, their limit.",
                        members);
            }
        };
        return ProblemMappers.respond(problem, uri);
    }

    private static Problem problem(int status, String kind, String title, String detail, Map<String, Object> members) {
        return new Problem("urn:handoff:problem:" + kind, title, status, detail, null, List.of(), members);
    }
}
