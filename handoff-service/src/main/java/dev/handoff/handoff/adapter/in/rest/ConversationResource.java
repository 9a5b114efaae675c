package dev.handoff.handoff.adapter.in.rest;

import dev.handoff.handoff.application.port.in.ReadConversationUseCase;
import dev.handoff.handoff.application.port.in.UnknownConversationException;
import dev.handoff.handoff.domain.model.Conversation;
import dev.handoff.runtime.security.Caller;
import dev.handoff.shared.id.BotId;
import dev.handoff.shared.id.ConversationId;
import dev.handoff.shared.id.Identifier;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A handed-off conversation as its bot sees it: the resource a handoff's Location points to. */
@Path("/api/v1/conversations/{conversationId}")
@RolesAllowed("bot")
@Produces(MediaType.APPLICATION_JSON)
public class ConversationResource {
    private final ReadConversationUseCase conversations;
    private final Caller caller;

    public ConversationResource(ReadConversationUseCase conversations, Caller caller) {
        this.conversations = conversations;
        this.caller = caller;
    }

    @GET
    public ConversationBody read(@PathParam("conversationId") String conversationId) {
        if (!Identifier.isValid(conversationId)) {
            // Not a valid id can be nobody's conversation: the same answer as any other unknown one.
            throw new UnknownConversationException(ConversationId.of("invalid"));
        }
        Conversation c = conversations.conversation(
                caller.tenant(),
                caller.botIds().stream()
                        .filter(Identifier::isValid)
                        .map(BotId::of)
                        .collect(Collectors.toSet()),
                ConversationId.of(conversationId));
        return new ConversationBody(
                c.id().value(),
                c.botId().value(),
                c.status().name().toLowerCase(Locale.ROOT),
                c.startedAt(),
                c.lastActivityAt(),
                new VisitorBody(
                        c.visitor().displayName(),
                        c.visitor().email(),
                        c.visitor().locale()));
    }

    /** Where the live chat stands; {@code status} is waiting, assigned, completed, ended_by_visitor or expired. */
    public record ConversationBody(
            String conversationId,
            String botId,
            String status,
            Instant startedAt,
            Instant lastActivityAt,
            VisitorBody visitor) {}

    /** The visitor as the bot described them. */
    public record VisitorBody(
            String name,
            @Schema(nullable = true) String email,
            @Schema(nullable = true) String locale) {}
}
