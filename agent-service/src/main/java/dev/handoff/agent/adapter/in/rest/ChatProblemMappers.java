package dev.handoff.agent.adapter.in.rest;

import dev.handoff.agent.application.port.in.ChatRefusedException;
import dev.handoff.agent.application.port.in.InvalidCommandException;
import dev.handoff.agent.application.port.in.MessageNotSentException;
import dev.handoff.agent.application.port.in.QuickReplyRefusedException;
import dev.handoff.runtime.problem.Problem;
import dev.handoff.runtime.problem.ProblemMappers;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Maps refused chat and quick reply actions: 404 not yours or unknown, 403 not allowed, 409 ended or taken; and 503
 * for a message the broker did not confirm.
 */
public class ChatProblemMappers {
    private static final String PREFIX = "urn:handoff:problem:";

    @ServerExceptionMapper
    public Response chatRefused(ChatRefusedException e, UriInfo uri) {
        return ProblemMappers.respond(
                switch (e.reason()) {
                    case NOT_FOUND -> chatNotFound(e.conversationId().value());
                    case NOT_HOLDER ->
                        problem(
                                403,
                                "not-chat-holder",
                                "Not your chat",
                                "Only the agent holding chat "
                                        + e.conversationId().value() + " may write in it.",
                                Map.of("conversationId", e.conversationId().value()));
                    case ENDED ->
                        problem(
                                409,
                                "chat-ended",
                                "Chat ended",
                                "Chat " + e.conversationId().value() + " has ended; it is read-only.",
                                Map.of("conversationId", e.conversationId().value()));
                    case END_ALREADY_PROPOSED ->
                        problem(
                                409,
                                "end-already-proposed",
                                "End already proposed",
                                "You proposed to end chat " + e.conversationId().value()
                                        + " already; the visitor has not answered"
                                        + " yet. Mark it as complete to end it at once.",
                                Map.of("conversationId", e.conversationId().value()));
                },
                uri);
    }

    @ServerExceptionMapper
    public Response quickReplyRefused(QuickReplyRefusedException e, UriInfo uri) {
        return ProblemMappers.respond(
                switch (e.reason()) {
                    case NOT_FOUND -> quickReplyNotFound();
                    case SUPERVISORS_ONLY ->
                        problem(
                                403,
                                "supervisors-only",
                                "Supervisors only",
                                "Shared quick replies are created, changed and deleted by supervisors.",
                                Map.of());
                    case SHORTCUT_TAKEN ->
                        problem(
                                409,
                                "shortcut-taken",
                                "Shortcut taken",
                                "Another quick reply of this scope already has the shortcut \"" + e.shortcut() + "\".",
                                Map.of("shortcut", e.shortcut()));
                },
                uri);
    }

    /** 503 either way: nothing is wrong with the request, and a resend with the same key is shown once. */
    @ServerExceptionMapper
    public Response notSent(MessageNotSentException e, UriInfo uri) {
        return ProblemMappers.respond(
                e.unknown()
                        ? problem(
                                503,
                                "message-outcome-unknown",
                                "Outcome unknown",
                                "The message may have been stored; send it again with the same clientMessageId, it is"
                                        + " shown once.",
                                Map.of())
                        : problem(
                                503,
                                "message-not-stored",
                                "Message not stored",
                                "The message was not stored (the message broker is unreachable); send it again later.",
                                Map.of()),
                uri);
    }

    @ServerExceptionMapper
    public Response invalid(InvalidCommandException e, UriInfo uri) {
        return ProblemMappers.respond(
                Problem.of(400, "validation", "Invalid request", "The request has invalid fields.")
                        .withErrors(List.of(new Problem.FieldError(e.field(), e.getMessage()))),
                uri);
    }

    /** Unknown, another tenant's and another agent's chats all look like this. */
    static Problem chatNotFound(String id) {
        return problem(
                404, "chat-not-found", "Chat not found", "You have no chat " + id + ".", Map.of("conversationId", id));
    }

    /** A path naming no chat at all, as it answers for an id that cannot be one: not echoed. */
    static Problem noSuchChat() {
        return problem(404, "chat-not-found", "Chat not found", "You have no such chat.", Map.of());
    }

    static Problem quickReplyNotFound() {
        return problem(
                404, "quick-reply-not-found", "Quick reply not found", "You have no such quick reply.", Map.of());
    }

    private static Problem problem(int status, String kind, String title, String detail, Map<String, Object> members) {
        return new Problem(PREFIX + kind, title, status, detail, null, List.of(), members);
    }
}
