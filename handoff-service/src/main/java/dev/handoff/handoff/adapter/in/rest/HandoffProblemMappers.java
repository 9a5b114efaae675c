package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.ConversationIdTakenException;
import dev.handoff.handoff.application.port.in.HandoffUnavailableException;
import dev.handoff.handoff.application.port.in.UnknownBotException;
import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.domain.model.Availability;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the use cases' refusals to problem responses. */
public class HandoffProblemMappers {
    @ServerExceptionMapper
    public Response unknownBot(UnknownBotException e, UriInfo uri) {
        return ProblemMappers.respond(Problem.of(404, "unknown-bot", "Unknown bot", e.getMessage()), uri);
    }

    @ServerExceptionMapper
    public Response unknownConversation(UnknownConversationException e, UriInfo uri) {
        return ProblemMappers.respond(unknown(e), uri);
    }

    static Problem unknown(UnknownConversationException e) {
        return Problem.of(404, "unknown-conversation", "Unknown conversation", e.getMessage());
    }

    @ServerExceptionMapper
    public Response idTaken(ConversationIdTakenException e, UriInfo uri) {
        return ProblemMappers.respond(
                Problem.of(409, "conversation-id-taken", "Conversation id taken", e.getMessage()), uri);
    }

    /** 409 with the offline message and next opening, so the bot can tell the visitor when to come back. */
    @ServerExceptionMapper
    public Response unavailable(HandoffUnavailableException e, UriInfo uri) {
        Availability a = e.availability();
        Map<String, Object> members = new LinkedHashMap<>();
        members.put("reason", a.reason().name());
        members.put("offlineMessage", a.offlineMessage());
        if (a.nextOpening() != null) {
            members.put("nextOpening", a.nextOpening().toString());
        }
        return ProblemMappers.respond(
                new Problem(
                        "urn:handoff:problem:handoff-unavailable",
                        "No agent can be reached now",
                        409,
                        a.offlineMessage(),
                        null,
                        List.of(),
                        members),
                uri);
    }
}
